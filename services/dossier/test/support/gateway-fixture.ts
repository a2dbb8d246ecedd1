import { GatewayClient, TestStack, type GatewayAnswer, serviceDatabase } from '@certhub/testing';
import type { Connection } from 'mongoose';
import { contractedDossierDocument } from '../audits-fixtures';

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
    fixture.db = await serviceDatabase(fixture.stack, 'dossier');
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

/**
 * A dossier at `contracted` instructed by the demo analyst, written straight into the dossier
 * database (the steps before are tested elsewhere); its id.
 */
export async function seedContracted(f: GatewayFixture): Promise<string> {
  const dossier = contractedDossierDocument({ analystId: await f.gateway.userId('analyst') });
  await f.db.collection('dossiers').insertOne(dossier);
  return dossier._id as string;
}

/** An initial audit of a fresh contracted dossier, planned by the demo analyst over those days. */
export async function plannedAudit(
  f: GatewayFixture,
  auditorId: string,
  days: { startDate: string; endDate: string },
): Promise<{ dossierId: string; audit: GatewayAnswer['body'] }> {
  const dossierId = await seedContracted(f);
  const audit = await f.gateway.ok('analyst', 'POST', `/dossiers/${dossierId}/audits`, {
    type: 'initial',
    ...days,
    auditorIds: [auditorId],
  });
  return { dossierId, audit };
}
