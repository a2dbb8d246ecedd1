import { gatewayStack, person } from './support/candidacy-fixtures';

type Body = Record<string, unknown>;

/**
 * The individuals' line through the gateway with the realm's real tokens: the demo network's two
 * establishments (each with its own user), its administrator and the demo CB as certifier.
 */
describe('/api/v1 candidacy routes through the gateway', () => {
  // The default services include document: an accepted transfer hands the candidate's files over.
  const gateway = gatewayStack([
    'network.admin',
    'establishment.a',
    'establishment.b',
    'certifier',
    'org.admin',
    'platform.admin',
  ]);

  const { api } = gateway;

  describe('habilitations', () => {
    it('asks the certifier, refuses a second pending request, and lets only the certifier decide', async () => {
      const asked = await api('establishment.a', 'POST', '/establishments/est-demo-a/habilitations', {
        certifierIds: ['cb-demo'],
      });
      expect(asked.status).toBe(201);
      const [request] = asked.body['items'] as Body[];
      expect(request).toMatchObject({ status: 'pending', valid: false, certifierId: 'cb-demo' });
      const id = request?.['id'] as string;

      expect(
        (
          await api('establishment.a', 'POST', '/establishments/est-demo-a/habilitations', {
            certifierIds: ['cb-demo'],
          })
        ).status,
      ).toBe(409);
      // Another establishment's user does not reach it, nor may ask for this establishment.
      expect((await api('establishment.b', 'GET', `/habilitations/${id}`)).status).toBe(404);
      expect(
        (
          await api('establishment.b', 'POST', '/establishments/est-demo-a/habilitations', {
            certifierIds: ['cb-demo'],
          })
        ).status,
      ).toBe(404);
      expect(
        (
          await api('establishment.a', 'PUT', `/habilitations/${id}/decision`, {
            decision: 'rejected',
            reason: 'mine',
          })
        ).status,
      ).toBe(403);

      const refused = await api('certifier', 'PUT', `/habilitations/${id}/decision`, {
        decision: 'validated',
      });
      expect(refused.status).toBe(422);
      const today = new Date().toISOString().slice(0, 10);
      const decided = await api('certifier', 'PUT', `/habilitations/${id}/decision`, {
        decision: 'validated',
        startsOn: today,
        endsOn: `${Number(today.slice(0, 4)) + 3}${today.slice(4)}`,
      });
      expect(decided.status).toBe(200);
      expect(decided.body).toMatchObject({ status: 'validated', valid: true, expired: false });
      // Decided is final.
      expect(
        (
          await api('certifier', 'PUT', `/habilitations/${id}/decision`, {
            decision: 'rejected',
            reason: 'changed my mind',
          })
        ).status,
      ).toBe(409);

      const listed = await api('network.admin', 'GET', '/habilitations?establishmentId=est-demo-a');
      expect((listed.body['items'] as Body[]).map((h) => h['id'])).toContain(id);
      expect(
        ((await api('establishment.b', 'GET', '/habilitations')).body['items'] as Body[]).map((h) => h['id']),
      ).not.toContain(id);
    });

    it('rejects with a reason the establishment reads', async () => {
      const asked = await api('establishment.b', 'POST', '/establishments/est-demo-b/habilitations', {
        certifierIds: ['cb-demo'],
      });
      const id = (asked.body['items'] as Body[])[0]?.['id'] as string;
      const rejected = await api('certifier', 'PUT', `/habilitations/${id}/decision`, {
        decision: 'rejected',
        reason: 'Les critères ne sont pas remplis',
      });
      expect(rejected.status).toBe(200);
      expect((await api('establishment.b', 'GET', `/habilitations/${id}`)).body).toMatchObject({
        status: 'rejected',
        rejectionReason: 'Les critères ne sont pas remplis',
        valid: false,
      });
    });

    it('asks several branch bodies at once, all requests or none', async () => {
      const branch = await gateway.ok('platform.admin', 'POST', '/certification-bodies', {
        code: `cpne${Date.now().toString(36)}`,
        name: 'CPNE Démo',
        certificateNumberPrefix: 'CPN',
        address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
      });
      const ask = (certifierIds: string[]) =>
        api('establishment.b', 'POST', '/establishments/est-demo-b/habilitations', { certifierIds });
      expect((await ask([branch['id'] as string])).status).toBe(201);
      // One of the two is already asked: nothing is written, the other either.
      const both = await ask(['cb-demo', branch['id'] as string]);
      expect(both).toMatchObject({ status: 409, body: { errors: { certifierId: branch['id'] } } });
      const pending = await gateway.ok(
        'certifier',
        'GET',
        '/habilitations?establishmentId=est-demo-b&status=pending',
      );
      expect(pending['items']).toEqual([]);
      expect((await ask(['cb-demo'])).status).toBe(201);
    });
  });

  describe('candidates', () => {
    it('registers a candidate, refuses the same person twice with a transfer hint, and validates the form', async () => {
      const form = person();
      const created = await api('establishment.a', 'POST', '/candidates', form);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'awaiting_preliminary_evaluation',
        establishmentId: 'est-demo-a',
        trainingOrganisationId: 'of-demo',
        networkId: 'net-demo',
        certifierId: 'cb-demo',
        active: true,
        version: 0,
      });

      // The same person typed differently, from the other establishment.
      const twice = await api('establishment.b', 'POST', '/candidates', {
        ...form,
        establishmentId: 'est-demo-b',
        birthName: form.birthName.toUpperCase(),
        firstName: 'ELODIE',
      });
      expect(twice.status).toBe(409);
      expect(twice.body['errors']).toMatchObject({
        hint: 'transfer_request',
        reference: created.body['reference'],
      });

      const invalid = await api('establishment.a', 'POST', '/candidates', {
        ...person(),
        registrationStatus: 'job_seeker',
        bornAbroad: true,
      });
      expect(invalid.status).toBe(422);
      expect((invalid.body['errors'] as { field: string }[]).map((e) => e.field).sort()).toEqual([
        'birthCountry',
        'birthPostalCode',
        'contextualisedBase',
        'delegatedBranch',
      ]);
      // Not in his perimeter: the other establishment does not exist for him.
      expect((await api('establishment.a', 'POST', '/candidates', person('est-demo-b'))).status).toBe(404);
      // The organisation line has no candidates to register.
      expect((await api('org.admin', 'POST', '/candidates', person())).status).toBe(403);
    });

    it('never shows an establishment another establishment’s candidate, except a search hit fit for a transfer', async () => {
      const form = person();
      const id = (await api('establishment.a', 'POST', '/candidates', form)).body['id'] as string;

      expect((await api('establishment.b', 'GET', `/candidates/${id}`)).status).toBe(404);
      expect((await api('establishment.b', 'GET', `/candidates/${id}/trail`)).status).toBe(404);
      expect(
        (await api('establishment.b', 'POST', `/candidates/${id}/abandonment`, { reason: 'not mine' }))
          .status,
      ).toBe(404);
      const theirs = await api(
        'establishment.b',
        'GET',
        '/candidates?pageSize=100&establishmentId=est-demo-a',
      );
      expect(theirs.body['total']).toBe(0);
      for (const who of ['establishment.a', 'network.admin', 'certifier'])
        expect((await api(who, 'GET', `/candidates/${id}`)).status).toBe(200);

      expect((await api('establishment.b', 'GET', `/candidate-search?name=${form.birthName}`)).status).toBe(
        422,
      );
      const found = await api(
        'establishment.b',
        'GET',
        `/candidate-search?name=${encodeURIComponent(form.birthName.toLowerCase())}&birthDate=${form.birthDate}`,
      );
      expect(found.status).toBe(200);
      const [hit] = found.body['items'] as Body[];
      expect(Object.keys(hit ?? {}).sort()).toEqual(
        [
          'birthDate',
          'birthName',
          'establishmentName',
          'firstName',
          'id',
          'mine',
          'reference',
          'status',
        ].sort(),
      );
      expect(hit).toMatchObject({ id, mine: false, establishmentName: 'FORMATION DÉMO Lyon' });
      const own = await api(
        'establishment.a',
        'GET',
        `/candidate-search?name=${form.birthName}&birthPostalCode=69003`,
      );
      expect((own.body['items'] as Body[])[0]).toMatchObject({ id, mine: true });
    });

    it('edits at the version read, abandons with a reason, reinstates, and trails every change', async () => {
      const created = await api('establishment.a', 'POST', '/candidates', person());
      const id = created.body['id'] as string;
      const {
        id: _id,
        reference: _r,
        status: _s,
        version: _v,
        createdAt: _c,
        updatedAt: _u,
        active: _a,
        ...rest
      } = created.body;
      const form = Object.fromEntries(
        Object.entries(rest).filter(
          ([k]) =>
            ![
              'establishmentId',
              'establishmentName',
              'trainingOrganisationId',
              'networkId',
              'certifierId',
              'filesContextId',
            ].includes(k),
        ),
      );
      const edited = await api('establishment.a', 'PUT', `/candidates/${id}`, {
        ...form,
        usageName: 'Durand',
        version: 0,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ usageName: 'Durand', version: 1 });
      expect((await api('establishment.a', 'PUT', `/candidates/${id}`, { ...form, version: 0 })).status).toBe(
        409,
      );

      const abandoned = await api('establishment.a', 'POST', `/candidates/${id}/abandonment`, {
        reason: 'Déménagement du candidat',
      });
      expect(abandoned.body).toMatchObject({
        status: 'abandoned',
        abandonReason: 'Déménagement du candidat',
      });
      expect((await api('establishment.a', 'PUT', `/candidates/${id}`, { ...form, version: 2 })).status).toBe(
        409,
      );
      const reinstated = await api('establishment.a', 'POST', `/candidates/${id}/reinstatement`, {});
      expect(reinstated.body).toMatchObject({ status: 'awaiting_preliminary_evaluation' });
      expect(reinstated.body['abandonReason']).toBeUndefined();

      const off = await api('establishment.a', 'PUT', `/candidates/${id}/active`, { active: false });
      expect(off.body).toMatchObject({ active: false });
      const inactive = await api('network.admin', 'GET', '/candidates?active=false&pageSize=100');
      expect((inactive.body['items'] as Body[]).map((c) => c['id'])).toContain(id);

      const trail = await api('establishment.a', 'GET', `/candidates/${id}/trail`);
      expect((trail.body['items'] as { action: string }[]).map((t) => t.action)).toEqual([
        'set_active',
        'reinstate',
        'abandon',
        'edit',
        'create',
      ]);

      // The certifier sets the flag too (the table's set_active row, which the route's roles follow).
      const on = await api('certifier', 'PUT', `/candidates/${id}/active`, { active: true });
      expect([on.status, on.body['active']]).toEqual([200, true]);
      expect((await api('org.admin', 'PUT', `/candidates/${id}/active`, { active: false })).status).toBe(403);
    });

    it('registers no candidate in an establishment its certifier deactivated, until it is active again', async () => {
      const setActive = (active: boolean) =>
        gateway.ok('certifier', 'PUT', '/establishments/est-demo-b/active', { active });
      expect(await setActive(false)).toMatchObject({ active: false });
      try {
        const refused = await api('establishment.b', 'POST', '/candidates', person('est-demo-b'));
        expect(refused).toMatchObject({
          status: 409,
          body: { errors: { establishmentId: 'est-demo-b', active: false } },
        });
      } finally {
        await setActive(true);
      }
      expect((await api('establishment.b', 'POST', '/candidates', person('est-demo-b'))).status).toBe(201);
    });

    it('deletes a candidacy with nothing recorded, after which the person may be registered again', async () => {
      const form = person();
      const id = (await api('establishment.a', 'POST', '/candidates', form)).body['id'] as string;
      expect((await api('establishment.b', 'DELETE', `/candidates/${id}`)).status).toBe(404);
      expect((await api('establishment.a', 'DELETE', `/candidates/${id}`)).status).toBe(200);
      expect((await api('establishment.a', 'GET', `/candidates/${id}`)).status).toBe(404);
      expect((await api('establishment.a', 'POST', '/candidates', form)).status).toBe(201);
    });
  });

  describe('transfer requests', () => {
    it('moves the dossier to the requesting establishment once its certifier accepts', async () => {
      const id = (await api('establishment.a', 'POST', '/candidates', person())).body['id'] as string;
      const ask = (user: string, body: Body) =>
        api(user, 'POST', `/candidates/${id}/transfer-requests`, body);

      expect((await ask('establishment.b', { establishmentId: 'est-demo-b', reason: 'other' })).status).toBe(
        422,
      );
      expect(
        (await ask('establishment.a', { establishmentId: 'est-demo-a', reason: 'candidate_moved' })).status,
      ).toBe(409);
      const asked = await ask('establishment.b', {
        establishmentId: 'est-demo-b',
        reason: 'candidate_moved',
      });
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({
        status: 'pending',
        fromEstablishmentId: 'est-demo-a',
        establishmentId: 'est-demo-b',
      });
      expect(
        (await ask('establishment.b', { establishmentId: 'est-demo-b', reason: 'candidate_choice' })).status,
      ).toBe(409);
      const transferId = asked.body['id'] as string;
      // The side the dossier would leave does not read the request; it is told by notification.
      expect((await api('establishment.a', 'GET', `/transfer-requests/${transferId}`)).status).toBe(404);
      expect(
        (
          await api('establishment.b', 'PUT', `/transfer-requests/${transferId}/decision`, {
            decision: 'accepted',
          })
        ).status,
      ).toBe(403);

      const accepted = await api('certifier', 'PUT', `/transfer-requests/${transferId}/decision`, {
        decision: 'accepted',
      });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted' });
      expect((await api('establishment.b', 'GET', `/candidates/${id}`)).body).toMatchObject({
        establishmentId: 'est-demo-b',
        establishmentName: 'FORMATION DÉMO Dijon',
      });
      expect((await api('establishment.a', 'GET', `/candidates/${id}`)).status).toBe(404);
      const trail = await api('establishment.b', 'GET', `/candidates/${id}/trail`);
      expect((trail.body['items'] as { action: string }[])[0]?.action).toBe('transfer');
    });

    it('keeps the dossier where it is when the certifier refuses, with the reason', async () => {
      const id = (await api('establishment.a', 'POST', '/candidates', person())).body['id'] as string;
      const asked = await api('establishment.b', 'POST', `/candidates/${id}/transfer-requests`, {
        establishmentId: 'est-demo-b',
        reason: 'other',
        details: 'Le candidat préfère Dijon',
      });
      const transferId = asked.body['id'] as string;
      expect(
        (await api('certifier', 'PUT', `/transfer-requests/${transferId}/decision`, { decision: 'refused' }))
          .status,
      ).toBe(422);
      const refused = await api('certifier', 'PUT', `/transfer-requests/${transferId}/decision`, {
        decision: 'refused',
        reason: 'Pas de justificatif',
      });
      expect(refused.body).toMatchObject({ status: 'refused', refusalReason: 'Pas de justificatif' });
      expect((await api('establishment.a', 'GET', `/candidates/${id}`)).body).toMatchObject({
        establishmentId: 'est-demo-a',
      });
      const mine = await api('establishment.b', 'GET', '/transfer-requests?status=refused');
      expect((mine.body['items'] as Body[]).map((t) => t['id'])).toContain(transferId);
    });

    it('lets a platform administrator, who may decide a request, also move the dossier', async () => {
      const id = (await api('establishment.a', 'POST', '/candidates', person())).body['id'] as string;
      const asked = await api('establishment.b', 'POST', `/candidates/${id}/transfer-requests`, {
        establishmentId: 'est-demo-b',
        reason: 'establishment_closed',
      });
      const accepted = await api('platform.admin', 'PUT', `/transfer-requests/${asked.body['id']}/decision`, {
        decision: 'accepted',
      });
      expect([accepted.status, accepted.body['status']]).toEqual([200, 'accepted']);
      expect((await api('establishment.b', 'GET', `/candidates/${id}`)).body).toMatchObject({
        establishmentId: 'est-demo-b',
      });
    });
  });

  it('serves the CléA framework as versioned reference data to any signed-in user', async () => {
    const current = await api('establishment.a', 'GET', '/clea-framework');
    expect(current.status).toBe(200);
    const domains = current.body['domains'] as { subDomains: unknown[] }[];
    expect(domains.map((d) => d.subDomains.length)).toEqual([5, 5, 4, 4, 3, 3, 4]);
    expect(
      (await api('org.admin', 'GET', `/clea-framework?version=${String(current.body['version'])}`)).status,
    ).toBe(200);
    expect((await api('certifier', 'GET', '/clea-framework?version=1999')).status).toBe(404);
  });
});
