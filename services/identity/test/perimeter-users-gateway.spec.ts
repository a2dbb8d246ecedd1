import { activateInvitedUser, GatewayClient, TestStack, uniqueId, waitFor } from '@certhub/testing';

const CONTACT = { lastName: 'Durand', firstName: 'Léa', email: 'lea.durand@example.test' };
const ADDRESS = { line1: '3 rue Neuve', postalCode: '21000', city: 'Dijon' };
const OF_DEMO = 'of-demo';
const EST_A = { trainingOrganisationId: OF_DEMO, establishmentId: 'est-demo-a' };
const EST_B = { trainingOrganisationId: OF_DEMO, establishmentId: 'est-demo-b' };

/**
 * The users of a training network, managed through the gateway by each administrator within his
 * perimeter (docs/domain/training-networks.md#roles-and-perimeter): an organisation's administrator
 * those of his organisation and its establishments, an establishment's administrator those of his
 * establishment; a user beyond is as unknown as a wrong id; nobody grants a role above his own.
 */
describe('users managed within a training network’s perimeter', () => {
  let stack: TestStack;
  let gw: GatewayClient;
  let orgAdmin: GatewayClient;
  /** The sign-in name (before @certhub.local) of the organisation's administrator. */
  let orgAdminName: string;
  let otherOrganisationId: string;

  /** Invites through the gateway as `who` (a sign-in name of `client`); the answer. */
  const invite = (
    client: GatewayClient,
    who: string,
    role: string,
    perimeter: { trainingOrganisationId?: string; establishmentId?: string },
    email = `${uniqueId('per')}@example.test`,
  ) =>
    client.api(who, 'POST', '/users', { email, firstName: 'Inès', lastName: 'Invitée', role, ...perimeter });

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'gateway'], { RATE_LIMIT_PER_MINUTE: '100000' });
    const url = stack.service('gateway').url;
    gw = await GatewayClient.signIn(url, ['network.admin', 'establishment.a']);
    const other = await gw.ok('network.admin', 'POST', '/networks/net-demo/organisations', {
      siren: '732829320',
      name: 'OF Autre',
      address: ADDRESS,
      contact: CONTACT,
      billingEmail: 'factures@example.test',
    });
    otherOrganisationId = other.id;

    orgAdminName = uniqueId('toa');
    const created = await invite(
      gw,
      'network.admin',
      'training_org_admin',
      { trainingOrganisationId: OF_DEMO },
      `${orgAdminName}@certhub.local`,
    );
    expect(created.status).toBe(201);
    await activateInvitedUser(created.body.id);
    orgAdmin = await GatewayClient.signIn(url, [orgAdminName]);
  }, 180_000);
  afterAll(() => stack?.stop());

  const ids = (page: { items: { id: string }[] }) => page.items.map((u) => u.id);

  it('lets an organisation’s administrator list, read, invite and deactivate the users of his organisation only', async () => {
    const inA = (await invite(orgAdmin, orgAdminName, 'establishment_user', EST_A)).body;
    expect(inA).toMatchObject({ tenantId: 'net-demo', role: 'establishment_user' });
    const colleague = await invite(orgAdmin, orgAdminName, 'training_org_user', {
      trainingOrganisationId: OF_DEMO,
    });
    expect(colleague.status).toBe(201);
    const elsewhere = (
      await invite(gw, 'network.admin', 'training_org_user', { trainingOrganisationId: otherOrganisationId })
    ).body;

    const listed = ids(await orgAdmin.ok(orgAdminName, 'GET', '/users?pageSize=100'));
    expect(listed).toEqual(expect.arrayContaining([inA.id, colleague.body.id]));
    expect(listed).not.toContain(elsewhere.id);
    // The network's administrator (no perimeter) is above him and outside his organisation's users.
    const networkAdminId = (await gw.ok('network.admin', 'GET', '/me')).userId as string;
    expect(listed).not.toContain(networkAdminId);

    await expect(orgAdmin.ok(orgAdminName, 'GET', `/users/${inA.id}`)).resolves.toMatchObject({ id: inA.id });
    expect((await orgAdmin.api(orgAdminName, 'GET', `/users/${elsewhere.id}`)).status).toBe(404);
    expect(
      (await orgAdmin.api(orgAdminName, 'PUT', `/users/${elsewhere.id}/enabled`, { enabled: false })).status,
    ).toBe(404);

    const disabled = await orgAdmin.ok(orgAdminName, 'PUT', `/users/${inA.id}/enabled`, { enabled: false });
    expect(disabled).toMatchObject({ id: inA.id, enabled: false });
    await expect(
      orgAdmin.ok(orgAdminName, 'PUT', `/users/${inA.id}/enabled`, { enabled: true }),
    ).resolves.toMatchObject({ enabled: true });

    // The ceiling: nothing above his own role, nowhere outside his organisation.
    expect((await invite(orgAdmin, orgAdminName, 'network_supervisor', {})).status).toBe(403);
    expect(
      (
        await invite(orgAdmin, orgAdminName, 'training_org_user', {
          trainingOrganisationId: otherOrganisationId,
        })
      ).status,
    ).toBe(404);
  });

  it('lets an establishment’s administrator manage his establishment’s users only, not above his role', async () => {
    const mine = (await invite(gw, 'establishment.a', 'establishment_user', EST_A)).body;
    const next = (await invite(gw, 'network.admin', 'establishment_user', EST_B)).body;
    const organisationUser = (
      await invite(gw, 'network.admin', 'training_org_user', { trainingOrganisationId: OF_DEMO })
    ).body;

    const listed = ids(await gw.ok('establishment.a', 'GET', '/users?pageSize=100'));
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(next.id);
    expect(listed).not.toContain(organisationUser.id);
    const filtered = await gw.ok('establishment.a', 'GET', `/users?q=${encodeURIComponent(mine.email)}`);
    expect(ids(filtered)).toEqual([mine.id]);

    expect((await gw.api('establishment.a', 'GET', `/users/${next.id}`)).status).toBe(404);
    expect((await gw.api('establishment.a', 'GET', `/users/${organisationUser.id}`)).status).toBe(404);
    await expect(
      gw.ok('establishment.a', 'PUT', `/users/${mine.id}/enabled`, { enabled: false }),
    ).resolves.toMatchObject({ enabled: false });
    expect(
      (await gw.api('establishment.a', 'PUT', `/users/${next.id}/enabled`, { enabled: false })).status,
    ).toBe(404);
    expect(
      (await invite(gw, 'establishment.a', 'training_org_user', { trainingOrganisationId: OF_DEMO })).status,
    ).toBe(403);

    // The establishment's history lists the deactivation, with who did it.
    const me = (await gw.ok('establishment.a', 'GET', '/me')).userId as string;
    const line = await waitFor('the deactivation in the establishment’s history', async () => {
      const history = await gw.ok(
        'establishment.a',
        'GET',
        '/establishments/est-demo-a/history?action=user_disabled',
      );
      return (history.items as { userId?: string; by: string }[]).find((l) => l.userId === mine.id);
    });
    expect(line.by).toBe(me);
  });

  it('leaves the network’s administrator all of the network’s users', async () => {
    const elsewhere = (
      await invite(gw, 'network.admin', 'training_org_user', { trainingOrganisationId: otherOrganisationId })
    ).body;
    const listed = ids(
      await gw.ok('network.admin', 'GET', `/users?q=${encodeURIComponent(elsewhere.email)}`),
    );
    expect(listed).toEqual([elsewhere.id]);
    await expect(
      gw.ok('network.admin', 'PUT', `/users/${elsewhere.id}/enabled`, { enabled: false }),
    ).resolves.toMatchObject({ enabled: false });
  });
});
