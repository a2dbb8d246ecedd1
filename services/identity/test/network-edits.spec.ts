import type { Principal, RpcRequest, RpcResponse } from '@certhub/contracts';
import { uniqueId, waitFor } from '@certhub/testing';
import { IdentityHarness } from './support/identity-harness';

const CONTACT = { lastName: 'Martin', firstName: 'Paul', email: 'paul.martin@example.test' };
const ADDRESS = { line1: '1 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' };

type History = RpcResponse<'identity.establishments.history'>;

/**
 * Editing the training side (docs/domain/training-networks.md#editing): who may edit what, the
 * version that refuses a stale edit, the identifiers checked as on creation, and the
 * establishment's history built from the events of identity and candidacy.
 */
describe('editing networks, organisations and establishments', () => {
  let identity: IdentityHarness;
  let certifier: Principal;
  let networkAdmin: Principal;
  let establishmentA: Principal;
  const organisationAdmin: Principal = {
    userId: 'u-of-admin',
    tenantType: 'network',
    tenantId: 'net-demo',
    roles: ['training_org_admin'],
    perimeter: { trainingOrganisationId: 'of-demo' },
  };
  const establishmentUser: Principal = {
    userId: 'u-est-user',
    tenantType: 'network',
    tenantId: 'net-demo',
    roles: ['establishment_user'],
    perimeter: { trainingOrganisationId: 'of-demo', establishmentId: 'est-demo-a' },
  };

  beforeAll(async () => {
    identity = await IdentityHarness.start();
    [certifier, networkAdmin, establishmentA] = await identity.demoPrincipals(
      'certifier',
      'network.admin',
      'establishment.a',
    );
  });
  afterAll(() => identity?.stop());

  const establishment = (id: string, who: Principal = networkAdmin) =>
    identity.call('identity.establishments.get', { establishmentId: id }, who);
  const editEstablishment = (edit: RpcRequest<'identity.establishments.update'>, who = networkAdmin) =>
    identity.call('identity.establishments.update', edit, who);
  const editOrganisation = (edit: RpcRequest<'identity.training-organisations.update'>, who = networkAdmin) =>
    identity.call('identity.training-organisations.update', edit, who);
  const history = (id: string, who: Principal, query: { action?: 'edited'; pageSize?: number } = {}) =>
    identity.call(
      'identity.establishments.history',
      { establishmentId: id, page: 1, pageSize: 20, ...query },
      who,
    );

  it('lets the network’s admin switch on "notify me when a candidacy is created", with a trail and an event', async () => {
    const before = await identity.call('identity.networks.get', { networkId: 'net-demo' }, networkAdmin);
    const after = await identity.call(
      'identity.networks.update',
      { networkId: 'net-demo', version: before.version, notifyOnCandidacy: true, head: CONTACT },
      networkAdmin,
    );
    expect(after).toMatchObject({ notifyOnCandidacy: true, version: before.version + 1, head: CONTACT });
    await identity.waitForEvent(
      'certhub.network.updated.v1',
      (e) => e.networkId === 'net-demo' && e.fields.includes('notifyOnCandidacy'),
    );
    const stored = await identity.collection('networks').findOne({ _id: 'net-demo' });
    expect(stored?.['trail']).toEqual([
      expect.objectContaining({
        by: networkAdmin.userId,
        fields: ['head', 'notifyOnCandidacy'],
        before: expect.objectContaining({ notifyOnCandidacy: false }),
        after: expect.objectContaining({ notifyOnCandidacy: true }),
      }),
    ]);
    // The establishment's and the organisation's admins do not edit the network; the certifier neither.
    for (const who of [establishmentA, organisationAdmin, certifier])
      await expect(
        identity.call(
          'identity.networks.update',
          { networkId: 'net-demo', version: after.version, notifyOnCandidacy: false },
          who,
        ),
      ).rejects.toMatchObject({ code: expect.stringMatching(/^(forbidden|not_found)$/) });
  });

  it('refuses an edit made on a stale version with 409, and an edit changing nothing writes nothing', async () => {
    const current = await establishment('est-demo-b');
    const edited = await editEstablishment({
      establishmentId: 'est-demo-b',
      version: current.version,
      name: 'OF Démo Dijon centre',
    });
    expect(edited.version).toBe(current.version + 1);
    await expect(
      editEstablishment({
        establishmentId: 'est-demo-b',
        version: current.version,
        website: 'https://stale.example.test',
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const same = await editEstablishment({
      establishmentId: 'est-demo-b',
      version: edited.version,
      name: 'OF Démo Dijon centre',
    });
    expect(same.version).toBe(edited.version);
    await expect(editEstablishment({ establishmentId: 'est-demo-b', version: 0 })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('lets the establishment’s admin edit his establishment only, never its users or another establishment', async () => {
    const current = await establishment('est-demo-a', establishmentA);
    const edited = await editEstablishment(
      {
        establishmentId: 'est-demo-a',
        version: current.version,
        publicContact: { ...CONTACT, phone: '04 72 00 00 00' },
        address: ADDRESS,
        region: 'ARA',
        website: 'https://lyon.example.test',
      },
      establishmentA,
    );
    expect(edited).toMatchObject({ region: 'ARA', website: 'https://lyon.example.test', active: true });
    await expect(
      editEstablishment(
        { establishmentId: 'est-demo-a', version: edited.version, name: 'Not mine' },
        establishmentUser,
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    // Another establishment is not even there for him.
    await expect(
      editEstablishment({ establishmentId: 'est-demo-b', version: 1, name: 'x' }, establishmentA),
    ).rejects.toMatchObject({ code: 'not_found' });
    // `null` clears the website.
    const cleared = await editEstablishment(
      { establishmentId: 'est-demo-a', version: edited.version, website: null },
      organisationAdmin,
    );
    expect(cleared.website).toBeUndefined();
  });

  it('checks a new SIRET as creation does: the organisation’s SIREN, and once on the platform', async () => {
    const current = await establishment('est-demo-a');
    const organisation = await identity.call(
      'identity.training-organisations.get',
      { trainingOrganisationId: 'of-demo' },
      networkAdmin,
    );
    const other = await establishment('est-demo-b');
    await expect(
      editEstablishment({ establishmentId: 'est-demo-a', version: current.version, siret: '73282932000074' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: [expect.objectContaining({ field: 'siret' })],
    });
    expect(other.siret.startsWith(organisation.siren)).toBe(true);
    await expect(
      editEstablishment({ establishmentId: 'est-demo-a', version: current.version, siret: other.siret }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('lets the organisation’s admin edit it, and its SIREN only while it has no establishment', async () => {
    const current = await identity.call(
      'identity.training-organisations.get',
      { trainingOrganisationId: 'of-demo' },
      organisationAdmin,
    );
    const edited = await editOrganisation(
      {
        trainingOrganisationId: 'of-demo',
        version: current.version,
        billingEmail: 'Compta@Example.test',
        billingAddress: ADDRESS,
      },
      organisationAdmin,
    );
    expect(edited).toMatchObject({ billingEmail: 'compta@example.test', billingAddress: ADDRESS });
    await expect(
      editOrganisation(
        { trainingOrganisationId: 'of-demo', version: edited.version, siren: '732829320' },
        organisationAdmin,
      ),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: [expect.objectContaining({ field: 'siren' })],
    });
    await expect(
      editOrganisation(
        { trainingOrganisationId: 'of-demo', version: edited.version, name: 'x' },
        establishmentA,
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });

    const organisation = await identity.call(
      'identity.training-organisations.get',
      { trainingOrganisationId: 'of-demo' },
      networkAdmin,
    );
    const fresh = await identity.call(
      'identity.training-organisations.create',
      {
        networkId: 'net-demo',
        siren: '732829320',
        name: 'OF sans établissement',
        address: ADDRESS,
        contact: CONTACT,
        billingEmail: 'f@example.test',
      },
      networkAdmin,
    );
    const corrected = await editOrganisation({
      trainingOrganisationId: fresh.id,
      version: fresh.version,
      siren: '552100554',
    });
    expect(corrected.siren).toBe('552100554');
    // The SIREN of an organisation already declared is refused (409).
    await expect(
      editOrganisation({
        trainingOrganisationId: fresh.id,
        version: corrected.version,
        siren: organisation.siren,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await identity.waitForEvent(
      'certhub.training_organisation.updated.v1',
      (e) => e.trainingOrganisationId === fresh.id && e.fields.includes('siren'),
    );
  });

  it('lists every action on an establishment in its history, newest first, for those who read it', async () => {
    const id = 'est-demo-b';
    const current = await establishment(id);
    await editEstablishment({ establishmentId: id, version: current.version, officialContact: CONTACT });
    await identity.call(
      'identity.establishments.set-active',
      { establishmentId: id, active: false },
      certifier,
    );
    const place = {
      establishmentId: id,
      trainingOrganisationId: 'of-demo',
      networkId: 'net-demo',
      certifierId: 'cb-demo',
    };
    await identity.publish('certhub.habilitation.requested.v1', {
      ...place,
      habilitationId: 'hab-1',
      renewal: false,
      requestedBy: 'u-est-b',
    });
    await identity.publish('certhub.habilitation.decided.v1', {
      ...place,
      habilitationId: 'hab-1',
      decision: 'rejected',
      reason: 'pièces manquantes',
      decidedBy: certifier.userId,
    });
    await identity.call(
      'identity.users.invite',
      {
        email: `${uniqueId('hist')}@example.test`,
        firstName: 'Nina',
        lastName: 'Nouvelle',
        role: 'establishment_user',
        trainingOrganisationId: 'of-demo',
        establishmentId: id,
      },
      networkAdmin,
    );

    const lines = await waitFor(
      'the history of every action',
      async () => {
        const page = await history(id, certifier);
        return page.total >= 6 ? page : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );
    expect(lines.items.map((l) => l.action).sort()).toEqual(
      [
        'deactivated',
        'edited',
        'edited',
        'habilitation_rejected',
        'habilitation_requested',
        'user_invited',
      ].sort(),
    );
    expect(lines.items.find((l) => l.action === 'habilitation_rejected')).toMatchObject({
      reason: 'pièces manquantes',
      certifierId: 'cb-demo',
      by: certifier.userId,
    });
    const times = lines.items.map((l) => l.at);
    expect(times).toEqual([...times].sort().reverse());

    const edits: History = await history(id, networkAdmin, { action: 'edited', pageSize: 1 });
    expect(edits).toMatchObject({ total: 2, pageSize: 1 });
    expect(edits.items[0]?.fields).toEqual(['officialContact']);
    // Establishment A's admin does not read B, nor its history.
    await expect(history(id, establishmentA)).rejects.toMatchObject({ code: 'not_found' });
  });
});
