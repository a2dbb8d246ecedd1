import { GatewayClient, TestStack } from '@certhub/testing';
import { AMARC_APPLICATION, AMARC_COMPLETE, pick } from './support/amarc';

/**
 * An inactive organisation opens no dossier and completes none; the CB's staff still work on its
 * dossiers, and it may still give one up (docs/domain/roles-and-tenancy.md#organisation-activation).
 * The stack has its own databases, so deactivating the demo organisation touches no other test.
 */
describe('an organisation the platform deactivated, through the gateway', () => {
  let stack: TestStack;
  let gateway: GatewayClient;

  beforeAll(async () => {
    // The flag is read at every command here, so reactivation is seen at once.
    stack = await TestStack.start(['identity', 'dossier', 'gateway'], { ORGANISATION_STATE_TTL_MS: '0' });
    gateway = await GatewayClient.signIn(stack.service('gateway').url, [
      'org.admin',
      'org.member',
      'analyst',
      'platform.admin',
    ]);
  }, 150_000);
  afterAll(() => stack?.stop());

  const open = async () => gateway.api('org.admin', 'POST', '/dossiers', AMARC_APPLICATION);
  const setActive = async (organisationId: string, active: boolean) =>
    gateway.ok('platform.admin', 'PUT', `/organisations/${organisationId}/active`, { active });

  it('refuses its users’ commands with 403 until it is reactivated; staff and abandoning still pass', async () => {
    const { tenantId: organisationId } = (await gateway.ok('org.admin', 'GET', '/me')) as {
      tenantId: string;
    };
    const kept = (await gateway.ok('org.admin', 'POST', '/dossiers', AMARC_APPLICATION)) as { id: string };
    const given = (await gateway.ok('org.admin', 'POST', '/dossiers', AMARC_APPLICATION)) as { id: string };

    await setActive(organisationId, false);
    const refusedOpen = await open();
    expect(refusedOpen.status).toBe(403);
    expect(refusedOpen.body.detail).toMatch(/inactive/);
    const save = () =>
      gateway.api('org.member', 'PUT', `/dossiers/${kept.id}/questionnaire`, {
        revision: 0,
        answers: pick(AMARC_COMPLETE, 'siret', 'raison-sociale'),
      });
    const refusedSave = await save();
    expect(refusedSave.status).toBe(403);
    expect(refusedSave.body.detail).toMatch(/inactive/);
    // Reading stays open: the organisation keeps its history.
    expect((await gateway.api('org.admin', 'GET', `/dossiers/${kept.id}`)).status).toBe(200);
    // The CB's staff are not the organisation: they keep instructing (an assignment is theirs).
    expect((await gateway.api('analyst', 'GET', `/dossiers/${kept.id}`)).status).toBe(200);
    // Giving up is not going on.
    const abandoned = await gateway.api('org.admin', 'POST', `/dossiers/${given.id}/abandon`, {
      reason: 'the organisation stopped its activity',
    });
    expect(abandoned.status).toBe(200);

    await setActive(organisationId, true);
    expect((await save()).status).toBe(200);
    expect((await open()).status).toBe(201);
  }, 60_000);
});
