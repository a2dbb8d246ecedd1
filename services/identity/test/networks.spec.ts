import { SYSTEM_PRINCIPAL, type Principal, type Role } from '@certhub/contracts';
import { uniqueId } from '@certhub/testing';
import { IdentityHarness } from './support/identity-harness';
import { KeycloakTestAdmin } from './support/keycloak-admin';

const CONTACT = { lastName: 'Durand', firstName: 'Léa', email: 'Lea.Durand@example.test' };
const ADDRESS = { line1: '3 rue Neuve', postalCode: '21000', city: 'Dijon' };

/**
 * Training networks → organisations → establishments, each read through the principal's perimeter
 * (docs/domain/training-networks.md), with the realm's real tokens for the demo network's users.
 */
describe('training networks', () => {
  let identity: IdentityHarness;
  let certifier: Principal;
  let networkAdmin: Principal;
  let establishmentA: Principal;
  let establishmentB: Principal;

  beforeAll(async () => {
    identity = await IdentityHarness.start();
    [certifier, networkAdmin, establishmentA, establishmentB] = await identity.demoPrincipals(
      'certifier',
      'network.admin',
      'establishment.a',
      'establishment.b',
    );
  });
  afterAll(() => identity?.stop());

  it('carries the perimeter of a network user in his token', () => {
    expect(networkAdmin).toMatchObject({
      tenantType: 'network',
      tenantId: 'net-demo',
      roles: ['network_admin'],
    });
    expect(networkAdmin.perimeter).toBeUndefined();
    expect(establishmentA).toMatchObject({
      tenantType: 'network',
      tenantId: 'net-demo',
      perimeter: { trainingOrganisationId: 'of-demo', establishmentId: 'est-demo-a' },
    });
  });

  it('lets a certifier open a network, its admin add an organisation and an establishment, with their events', async () => {
    const network = await identity.call(
      'identity.networks.create',
      { name: 'Réseau Test', head: CONTACT },
      certifier,
    );
    expect(network).toMatchObject({ certifierId: 'cb-demo', notifyOnCandidacy: false });
    expect(network.head.email).toBe('lea.durand@example.test');
    // The demo network's admin is not this network's: he does not even see it.
    await expect(
      identity.call('identity.networks.get', { networkId: network.id }, networkAdmin),
    ).rejects.toMatchObject({ code: 'not_found' });

    const organisation = await identity.call(
      'identity.training-organisations.create',
      {
        networkId: 'net-demo',
        siren: '732829320',
        name: 'OF Test',
        address: ADDRESS,
        contact: CONTACT,
        billingEmail: 'factures@example.test',
      },
      networkAdmin,
    );
    expect(organisation).toMatchObject({ networkId: 'net-demo', active: true });
    await expect(
      identity.call(
        'identity.training-organisations.create',
        {
          networkId: 'net-demo',
          siren: '732829320',
          name: 'Twice',
          address: ADDRESS,
          contact: CONTACT,
          billingEmail: 'x@example.test',
        },
        networkAdmin,
      ),
    ).rejects.toMatchObject({ code: 'conflict' });

    const establishment = {
      trainingOrganisationId: organisation.id,
      name: 'OF Test Dijon',
      siret: '73282932000074',
      officialContact: CONTACT,
      publicContact: { ...CONTACT, phone: '03 80 00 00 00' },
      address: ADDRESS,
      region: 'BFC' as const,
    };
    await expect(
      identity.call(
        'identity.establishments.create',
        { ...establishment, siret: '81234567600033' },
        networkAdmin,
      ),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    const created = await identity.call('identity.establishments.create', establishment, networkAdmin);
    expect(created).toMatchObject({
      networkId: 'net-demo',
      certifierId: 'cb-demo',
      active: true,
      region: 'BFC',
    });

    await identity.waitForEvent('certhub.network.created.v1', (e) => e.networkId === network.id);
    await identity.waitForEvent('certhub.establishment.created.v1', (e) => e.establishmentId === created.id);
  });

  it('keeps an establishment’s user to his establishment and refuses him other creations', async () => {
    const mine = await identity.call('identity.establishments.list', {}, establishmentA);
    expect(mine.items.map((e) => e.id)).toEqual(['est-demo-a']);
    await expect(
      identity.call('identity.establishments.get', { establishmentId: 'est-demo-b' }, establishmentA),
    ).rejects.toMatchObject({ code: 'not_found' });
    // Asking for the whole organisation narrows, never widens.
    const asked = await identity.call(
      'identity.establishments.list',
      { trainingOrganisationId: 'of-demo' },
      establishmentB,
    );
    expect(asked.items.map((e) => e.id)).toEqual(['est-demo-b']);

    const network = await identity.call(
      'identity.establishments.list',
      { trainingOrganisationId: 'of-demo' },
      networkAdmin,
    );
    expect(network.items.map((e) => e.id)).toEqual(expect.arrayContaining(['est-demo-a', 'est-demo-b']));
    const theirs = await identity.call('identity.establishments.list', { pageSize: 100 }, certifier);
    expect(theirs.items.map((e) => e.id)).toEqual(expect.arrayContaining(['est-demo-a', 'est-demo-b']));

    await expect(
      identity.call(
        'identity.establishments.create',
        {
          trainingOrganisationId: 'of-demo',
          name: 'Not mine to add',
          siret: '81234567600033',
          officialContact: CONTACT,
          publicContact: { ...CONTACT, phone: '0380000000' },
          address: ADDRESS,
          region: 'BFC',
        },
        establishmentA,
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lets only the establishment’s certifier toggle its active flag', async () => {
    const setActive = (active: boolean, who: Principal) =>
      identity.call('identity.establishments.set-active', { establishmentId: 'est-demo-a', active }, who);
    for (const who of [networkAdmin, establishmentA])
      await expect(setActive(false, who)).rejects.toMatchObject({ code: 'forbidden' });
    const otherCertifier: Principal = { ...certifier, tenantId: 'cb-other' };
    await expect(setActive(false, otherCertifier)).rejects.toMatchObject({ code: 'not_found' });

    const off = await setActive(false, certifier);
    expect(off.active).toBe(false);
    await identity.waitForEvent(
      'certhub.establishment.activation_changed.v1',
      (e) => e.establishmentId === 'est-demo-a' && !e.active,
    );
    const on = await setActive(true, certifier);
    expect(on.active).toBe(true);
  });

  it('lets only the organisation’s certifier toggle its flag, which stops every establishment of it', async () => {
    const organisation = await identity.call(
      'identity.training-organisations.create',
      {
        networkId: 'net-demo',
        siren: '443061841',
        name: 'OF Bascule',
        address: ADDRESS,
        contact: CONTACT,
        billingEmail: 'factures@example.test',
      },
      networkAdmin,
    );
    const establishment = (siret: string) =>
      identity.call(
        'identity.establishments.create',
        {
          trainingOrganisationId: organisation.id,
          name: `OF Bascule ${siret.slice(-5)}`,
          siret,
          officialContact: CONTACT,
          publicContact: { ...CONTACT, phone: '03 80 00 00 00' },
          address: ADDRESS,
          region: 'BFC',
        },
        networkAdmin,
      );
    const first = await establishment('44306184100013');
    expect(first).toMatchObject({ active: true, organisationActive: true });
    const setActive = (active: boolean, who: Principal) =>
      identity.call(
        'identity.training-organisations.set-active',
        { trainingOrganisationId: organisation.id, active },
        who,
      );
    await expect(setActive(false, networkAdmin)).rejects.toMatchObject({ code: 'forbidden' });
    // Outside the perimeter: another organisation's establishment, another certifier.
    for (const who of [establishmentA, { ...certifier, tenantId: 'cb-other' }])
      await expect(setActive(false, who)).rejects.toMatchObject({ code: 'not_found' });

    expect(await setActive(false, certifier)).toMatchObject({ active: false });
    await identity.waitForEvent(
      'certhub.training_organisation.activation_changed.v1',
      (e) => e.trainingOrganisationId === organisation.id && !e.active && e.networkId === 'net-demo',
    );
    // Its establishments keep their own flag and no longer work; one added meanwhile neither.
    const second = await establishment('44306184100021');
    expect(second).toMatchObject({ active: true, organisationActive: false });
    const get = (id: string) =>
      identity.call('identity.establishments.get', { establishmentId: id }, networkAdmin);
    expect(await get(first.id)).toMatchObject({ active: true, organisationActive: false });
    const listed = async (active: boolean) =>
      (
        await identity.call(
          'identity.establishments.list',
          {
            trainingOrganisationId: organisation.id,
            active: String(active) as 'true' | 'false',
            page: 1,
            pageSize: 20,
          },
          networkAdmin,
        )
      ).items.map((e) => e.id);
    expect(await listed(true)).toEqual([]);
    expect((await listed(false)).sort()).toEqual([first.id, second.id].sort());

    expect(await setActive(true, certifier)).toMatchObject({ active: true });
    expect(await get(second.id)).toMatchObject({ active: true, organisationActive: true });
    expect((await listed(true)).sort()).toEqual([first.id, second.id].sort());
    expect(await listed(false)).toEqual([]);
  });

  describe('invitations within a perimeter', () => {
    const invite = (
      by: Principal,
      role: Role,
      perimeter: { trainingOrganisationId?: string; establishmentId?: string },
    ) =>
      identity.call(
        'identity.users.invite',
        {
          email: `${uniqueId('net')}@example.test`,
          firstName: 'Inès',
          lastName: 'Invitée',
          role,
          ...perimeter,
        },
        by,
      );
    const estA = { trainingOrganisationId: 'of-demo', establishmentId: 'est-demo-a' };

    it('gives the invited user the perimeter his role needs, in his Keycloak attributes', async () => {
      const user = await invite(networkAdmin, 'establishment_user', estA);
      expect(user).toMatchObject({ tenantType: 'network', tenantId: 'net-demo', role: 'establishment_user' });
      expect(await KeycloakTestAdmin.user(user.id)).toMatchObject({
        attributes: expect.objectContaining({
          tenant_type: ['network'],
          tenant_id: ['net-demo'],
          training_organisation_id: ['of-demo'],
          establishment_id: ['est-demo-a'],
        }),
      });
      await expect(invite(establishmentA, 'establishment_user', estA)).resolves.toMatchObject({
        role: 'establishment_user',
      });
      // The network's administrators manage all its users; an establishment's admin those of his
      // establishment only (perimeter-users-gateway.spec.ts goes through the rest).
      const listed = await identity.call('identity.users.list', { q: user.email }, networkAdmin);
      expect(listed.items.map((u) => u.id)).toEqual([user.id]);
      const ofA = await identity.call('identity.users.list', { q: user.email }, establishmentA);
      expect(ofA.items.map((u) => u.id)).toEqual([user.id]);
      const ofB = await identity.call('identity.users.list', { q: user.email }, establishmentB);
      expect(ofB.items).toEqual([]);
    });

    it('answers a notification’s audience within one place: the network’s staff and that place’s users only', async () => {
      const user = await invite(networkAdmin, 'establishment_user', estA);
      const audience = async (establishmentId?: string) =>
        (
          await identity.call(
            'identity.recipients.resolve',
            {
              tenantId: 'net-demo',
              roles: ['network_admin', 'establishment_admin', 'establishment_user'],
              within: { trainingOrganisationId: 'of-demo', ...(establishmentId ? { establishmentId } : {}) },
            },
            SYSTEM_PRINCIPAL,
          )
        ).map((r) => r.userId);
      const inA = await audience('est-demo-a');
      expect(inA).toEqual(expect.arrayContaining([networkAdmin.userId, establishmentA.userId, user.id]));
      expect(inA).not.toContain(establishmentB.userId);
      const inB = await audience('est-demo-b');
      expect(inB).toEqual(expect.arrayContaining([networkAdmin.userId, establishmentB.userId]));
      expect(inB).not.toContain(establishmentA.userId);
      expect(inB).not.toContain(user.id);
      // The organisation as a whole (its certifier deactivated it): every establishment's users.
      const inOrganisation = await audience();
      expect(inOrganisation).toEqual(
        expect.arrayContaining([networkAdmin.userId, establishmentA.userId, establishmentB.userId, user.id]),
      );
    });

    it('refuses a role above the inviter’s, a place outside his perimeter, a perimeter of the wrong depth', async () => {
      await expect(
        invite(establishmentA, 'training_org_admin', { trainingOrganisationId: 'of-demo' }),
      ).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(
        invite(establishmentA, 'establishment_user', {
          trainingOrganisationId: 'of-demo',
          establishmentId: 'est-demo-b',
        }),
      ).rejects.toMatchObject({ code: 'not_found' });
      await expect(
        invite(networkAdmin, 'establishment_user', { trainingOrganisationId: 'of-demo' }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
      });
      await expect(
        invite(networkAdmin, 'network_supervisor', { trainingOrganisationId: 'of-demo' }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
      });
      await expect(
        invite(certifier, 'certifier_staff', { trainingOrganisationId: 'of-demo' }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
      });
    });
  });
});
