import { completeIdentity, evaluate, gatewayStack, inDays, person } from './support/candidacy-fixtures';

type Body = Record<string, unknown>;

/**
 * Sending to certification, jury sessions, complements, decisions and postal dispatches through
 * the gateway, as the demo network's users, the demo certifier's staff and its jury member.
 */
describe('/api/v1 certification and juries through the gateway', () => {
  const gateway = gatewayStack(['network.admin', 'establishment.a', 'establishment.b', 'certifier', 'jury'], {
    habilitated: true,
  });

  const { api } = gateway;

  /** A candidate with a validated evaluation, to send. */
  async function ready(identity: Body = completeIdentity): Promise<Body> {
    const c = await gateway.ok('establishment.a', 'POST', '/candidates', { ...person(), ...identity });
    await evaluate(gateway, c);
    return c;
  }

  async function session(): Promise<Body> {
    return gateway.ok('certifier', 'POST', '/jury-sessions', {
      region: 'Auvergne-Rhône-Alpes',
      sittingOn: inDays(20),
      sendMode: 'digital',
    });
  }

  it('sends only a validated, complete dossier and answers the check list of what is missing', async () => {
    const c = await ready({});
    const id = c['id'] as string;
    const checklist = await gateway.ok('establishment.a', 'GET', `/candidates/${id}/certification-checklist`);
    expect(checklist['ready']).toBe(false);
    expect((checklist['items'] as Body[]).filter((i) => !i['ok']).map((i) => i['check'])).toEqual([
      'email',
      'postal_address',
      'personal_goals',
    ]);
    const refused = await api('establishment.a', 'POST', `/candidates/${id}/certification-sending`);
    expect(refused.status).toBe(422);
    expect((refused.body['errors'] as Body[]).map((e) => e['field'])).toEqual([
      'email',
      'postal_address',
      'personal_goals',
    ]);
    // A dossier not validated yet is not sent at all.
    const fresh = await gateway.ok('establishment.a', 'POST', '/candidates', {
      ...person(),
      ...completeIdentity,
    });
    expect(
      (await api('establishment.a', 'POST', `/candidates/${String(fresh['id'])}/certification-sending`))
        .status,
    ).toBe(409);

    const sent = await gateway.ok(
      'establishment.a',
      'POST',
      `/candidates/${(await ready())['id'] as string}/certification-sending`,
    );
    expect(sent).toMatchObject({ status: 'awaiting_certification' });
    expect(sent['sentAt']).toBeDefined();
  });

  it('refuses to transfer a dossier sent to certification, then waiting for its jury', async () => {
    const c = await ready();
    const id = c['id'] as string;
    const askTransfer = () =>
      api('establishment.b', 'POST', `/candidates/${id}/transfer-requests`, {
        establishmentId: 'est-demo-b',
        reason: 'candidate_moved',
      });
    await gateway.ok('establishment.a', 'POST', `/candidates/${id}/certification-sending`);
    const whileSent = await askTransfer();
    expect(whileSent).toMatchObject({
      status: 409,
      body: { errors: { currentStatus: 'awaiting_certification', action: 'transfer' } },
    });
    const s = await session();
    await gateway.ok('certifier', 'POST', `/jury-sessions/${String(s['id'])}/assignments`, {
      candidateIds: [id],
    });
    const withJury = await askTransfer();
    expect(withJury).toMatchObject({
      status: 409,
      body: { errors: { currentStatus: 'awaiting_jury', action: 'transfer' } },
    });
    // Nothing was asked: the certifier has no request to decide.
    const pending = await gateway.ok('certifier', 'GET', '/transfer-requests?status=pending&pageSize=100');
    expect((pending['items'] as Body[]).map((t) => t['candidateId'])).not.toContain(id);
  });

  it('plans jury sessions per certifier and region, shows the calendar, assigns sent dossiers only', async () => {
    const s = await session();
    expect(s).toMatchObject({ certifierId: 'cb-demo', sendMode: 'digital' });
    expect(
      (
        await api('establishment.a', 'POST', '/jury-sessions', {
          region: 'X',
          sittingOn: inDays(3),
          sendMode: 'paper',
        })
      ).status,
    ).toBe(403);
    // The network's users read their certifier's calendar, naming it.
    expect((await api('establishment.a', 'GET', '/jury-sessions')).status).toBe(422);
    const calendar = await gateway.ok(
      'establishment.a',
      'GET',
      '/jury-sessions?certifierId=cb-demo&pageSize=100',
    );
    expect((calendar['items'] as Body[]).map((i) => i['id'])).toContain(s['id']);
    const past = await gateway.ok('certifier', 'GET', `/jury-sessions?from=${inDays(30)}`);
    expect((past['items'] as Body[]).map((i) => i['id'])).not.toContain(s['id']);

    const c = await ready();
    const notSent = await ready();
    await gateway.ok('establishment.a', 'POST', `/candidates/${String(c['id'])}/certification-sending`);
    const assigned = await gateway.ok('jury', 'POST', `/jury-sessions/${String(s['id'])}/assignments`, {
      candidateIds: [c['id'], notSent['id']],
    });
    expect((assigned['results'] as Body[]).map((r) => [r['candidateId'], r['assigned']])).toEqual([
      [c['id'], true],
      [notSent['id'], false],
    ]);
    const listed = await gateway.ok('certifier', 'GET', `/candidates?jurySessionId=${String(s['id'])}`);
    expect((listed['items'] as Body[]).map((i) => i['id'])).toEqual([c['id']]);
    expect(
      await gateway.ok('establishment.a', 'GET', `/candidates/${String(c['id'])}/certification`),
    ).toMatchObject({
      status: 'awaiting_jury',
      jury: { sessionId: s['id'], region: 'Auvergne-Rhône-Alpes' },
    });
  });

  it('cancels a send for the network administrator or the certifier only', async () => {
    const c = await ready();
    const id = c['id'] as string;
    await gateway.ok('establishment.a', 'POST', `/candidates/${id}/certification-sending`);
    const path = `/candidates/${id}/certification-sending/cancellation`;
    expect((await api('establishment.a', 'POST', path, { reason: 'Envoi par erreur' })).status).toBe(403);
    expect(await gateway.ok('network.admin', 'POST', path, { reason: 'Envoi par erreur' })).toMatchObject({
      status: 'to_send',
    });
    await gateway.ok('establishment.a', 'POST', `/candidates/${id}/certification-sending`);
    expect(await gateway.ok('certifier', 'POST', path, { reason: 'Pièce manquante' })).toMatchObject({
      status: 'to_send',
    });
  });

  it('asks for complements, takes the answer back, decides, and keeps the postal dispatches', async () => {
    const s = await session();
    const c = await ready();
    const id = c['id'] as string;
    await gateway.ok('establishment.a', 'POST', `/candidates/${id}/certification-sending`);
    await gateway.ok('certifier', 'POST', `/jury-sessions/${String(s['id'])}/assignments`, {
      candidateIds: [id],
    });

    expect(
      (await api('certifier', 'POST', `/candidates/${id}/complement-request`, { reason: 'x y z' })).status,
    ).toBe(403);
    await gateway.ok('jury', 'POST', `/candidates/${id}/complement-request`, {
      reason: 'Objectifs professionnels trop succincts',
    });
    const proof = await gateway.upload(
      'establishment.a',
      c['filesContextId'] as string,
      'projet.pdf',
      '%PDF-1.7\nprojet',
    );
    const answered = await gateway.ok('establishment.a', 'POST', `/candidates/${id}/complement-answer`, {
      answer: 'Projet professionnel détaillé joint',
      documentIds: [proof],
    });
    expect(answered).toMatchObject({
      status: 'completed',
      complements: [
        expect.objectContaining({ answer: 'Projet professionnel détaillé joint', documentIds: [proof] }),
      ],
    });
    await gateway.ok('establishment.a', 'POST', `/candidates/${id}/certification-resending`);
    await gateway.ok('certifier', 'POST', `/jury-sessions/${String(s['id'])}/assignments`, {
      candidateIds: [id],
    });

    expect(
      (await api('jury', 'PUT', `/candidates/${id}/jury-decision`, { decision: 'not_certified' })).status,
    ).toBe(422);
    const decided = await gateway.ok('jury', 'PUT', `/candidates/${id}/jury-decision`, {
      decision: 'certified',
    });
    expect(decided).toMatchObject({
      status: 'certified',
      decision: { decision: 'certified', juryDate: s['sittingOn'] },
    });
    // Certified is final.
    expect(
      (await api('jury', 'PUT', `/candidates/${id}/jury-decision`, { decision: 'certified' })).status,
    ).toBe(409);

    const posted = await gateway.ok('certifier', 'POST', `/candidates/${id}/dispatches`, {
      sentOn: inDays(30),
      channel: 'registered_letter',
      trackingNumber: '1A00123456789',
    });
    const dispatch = (posted['dispatches'] as Body[])[0] as Body;
    expect(dispatch).toMatchObject({ channel: 'registered_letter', trackingNumber: '1A00123456789' });
    expect(
      (
        await api('establishment.a', 'POST', `/candidates/${id}/dispatches`, {
          sentOn: inDays(1),
          channel: 'letter',
        })
      ).status,
    ).toBe(403);
    const returned = await gateway.ok(
      'certifier',
      'PUT',
      `/candidates/${id}/dispatches/${String(dispatch['id'])}/undelivered`,
      {
        returnedOn: inDays(40),
        reason: 'Destinataire inconnu à l’adresse',
      },
    );
    expect((returned['dispatches'] as Body[])[0]).toMatchObject({ undelivered: { returnedOn: inDays(40) } });
    const trail = await gateway.ok('establishment.a', 'GET', `/candidates/${id}/trail?pageSize=100`);
    expect((trail['items'] as Body[]).map((t) => t['action'])).toEqual(
      expect.arrayContaining([
        'send_to_certification',
        'assign_jury',
        'request_complement',
        'complete',
        'resend',
        'certify',
        'record_dispatch',
      ]),
    );
  });

  it('refuses with a reason the establishment reads', async () => {
    const s = await session();
    const c = await ready();
    const id = c['id'] as string;
    await gateway.ok('establishment.a', 'POST', `/candidates/${id}/certification-sending`);
    await gateway.ok('jury', 'POST', `/jury-sessions/${String(s['id'])}/assignments`, { candidateIds: [id] });
    await gateway.ok('jury', 'PUT', `/candidates/${id}/jury-decision`, {
      decision: 'not_certified',
      reason: 'Dossier non conforme',
    });
    expect(await gateway.ok('establishment.a', 'GET', `/candidates/${id}/certification`)).toMatchObject({
      status: 'not_certified',
      decision: { reason: 'Dossier non conforme' },
    });
  });
});
