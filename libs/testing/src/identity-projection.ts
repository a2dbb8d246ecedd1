import mongoose from 'mongoose';
import { runtimeEnv } from './runtime';

export interface CbUserProjection {
  email: string;
  firstName: string;
  lastName: string;
  role: string;
}

/**
 * Writes identity's projection of a CB user made by `ensureCbUser`, as an invitation would: identity
 * projects only the demo users at start, and the dossier and complaints services ask it by id.
 * `identityDb` is the stack's identity database (platform's `mongoDbName(prefix, 'identity')`:
 * testing cannot import platform, whose tests import testing).
 */
export async function projectCbUser(
  identityDb: string,
  userId: string,
  user: CbUserProjection,
  cbId = 'cb-demo',
): Promise<void> {
  const identity = await mongoose
    .createConnection(runtimeEnv().MONGO_URL, { dbName: identityDb })
    .asPromise();
  try {
    await identity.collection('users').updateOne(
      { _id: userId as never },
      {
        $set: {
          tenantType: 'cb',
          tenantId: cbId,
          ...user,
          enabled: true,
          emailVerified: true,
          locale: 'fr',
          createdAt: new Date(),
          outbox: [],
        },
      },
      { upsert: true },
    );
  } finally {
    await identity.close();
  }
}
