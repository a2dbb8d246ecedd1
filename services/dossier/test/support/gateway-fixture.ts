import { mongoDbName } from '@certhub/platform';
import { GatewayClient, TestStack, runtimeEnv } from '@certhub/testing';
import mongoose, { type Connection } from 'mongoose';

/**
 * identity + dossier + document + gateway, the dossier database for test seeding, and the demo
 * users signed in: what the dossier's gateway tests share. Call in `describe`; it registers its own
 * beforeAll / afterAll and hands out the parts once started.
 */
export function gatewayFixture(users: readonly string[], setUp?: (f: GatewayFixture) => Promise<void>) {
  const fixture = {} as GatewayFixture;
  beforeAll(async () => {
    fixture.stack = await TestStack.start(['identity', 'dossier', 'document', 'gateway'], {
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    fixture.db = await mongoose
      .createConnection(runtimeEnv().MONGO_URL, { dbName: mongoDbName(fixture.stack.prefix, 'dossier') })
      .asPromise();
    fixture.gatewayUrl = fixture.stack.service('gateway').url;
    await setUp?.(fixture);
    fixture.gateway = await GatewayClient.signIn(fixture.gatewayUrl, users);
  }, 180_000);
  afterAll(async () => {
    await fixture.db?.close();
    await fixture.stack?.stop();
  });
  return fixture;
}

export interface GatewayFixture {
  stack: TestStack;
  db: Connection;
  gateway: GatewayClient;
  gatewayUrl: string;
}
