import { completeIdentity, evaluate, gatewayStack, inDays, person } from './support/candidacy-fixtures';

type Body = Record<string, unknown>;

/**
 * The candidate page's documents and exchanges tabs, one jury session and the news feed through
 * the gateway: each within its reader's perimeter (another establishment gets 404).
 */
describe('/api/v1 candidate documents, exchanges, jury session and news through the gateway', () => {
  const gateway = gatewayStack(
    [
      'network.admin',
      'establishment.a',
      'establishment.b',
      'certifier',
      'jury',
      'platform.admin',
      'org.admin',
    ],
    { habilitated: true },
  );

  const { api } = gateway;
  const items = (page: Body) => page['items'] as Body[];

  /** A candidate sent to certification and assigned to a fresh session of the demo certifier. */
  async function withJury(memberIds?: string[]): Promise<{ id: string; candidate: Body; session: Body }> {
    const candidate = await gateway.ok('establishment.a', 'POST', '/candidates', {
      ...person(),
      ...completeIdentity,
    });
    await evaluate(gateway, candidate);
    const id = candidate['id'] as string;
    await gateway.ok('establishment.a', 'POST', `/candidates/${id}/certification-sending`);
    const session = await gateway.ok('certifier', 'POST', '/jury-sessions', {
      region: 'Bretagne',
      sittingOn: inDays(15),
      sendMode: 'paper',
      ...(memberIds ? { memberIds } : {}),
    });
    await gateway.ok('certifier', 'POST', `/jury-sessions/${String(session['id'])}/assignments`, {
      candidateIds: [id],
    });
    return { id, candidate, session };
  }

  it('lists every file of the candidate with what it belongs to, for its perimeter only', async () => {
    const { id, candidate } = await withJury();
    await gateway.ok('jury', 'POST', `/candidates/${id}/complement-request`, {
      reason: 'La matrice n’est pas signée',
    });
    const signed = await gateway.upload(
      'establishment.a',
      candidate['filesContextId'] as string,
      'matrice-signee.pdf',
      '%PDF-1.7\nsignee',
    );
    const loose = await gateway.upload(
      'establishment.a',
      candidate['filesContextId'] as string,
      'brouillon.pdf',
      '%PDF-1.7\nbrouillon',
    );
    await gateway.ok('establishment.a', 'POST', `/candidates/${id}/complement-answer`, {
      answer: 'Matrice signée jointe',
      documentIds: [signed],
    });

    const all = await gateway.ok('establishment.a', 'GET', `/candidates/${id}/documents?pageSize=10`);
    expect(all['total']).toBe(3);
    const byId = new Map(items(all).map((d) => [d['documentId'], d]));
    expect(byId.get(signed)).toMatchObject({ kind: 'complement', name: 'matrice-signee.pdf', frozen: true });
    expect(byId.get(loose)).toMatchObject({ kind: 'unattached', frozen: false });
    expect(items(all).find((d) => d['kind'] === 'evaluation_matrix')).toMatchObject({
      fileKind: 'pdf',
      attachedTo: 'preliminary 2026-11-02',
      uploadedBy: { tenantType: 'network' },
    });
    const matrices = await gateway.ok(
      'certifier',
      'GET',
      `/candidates/${id}/documents?kind=evaluation_matrix`,
    );
    expect(items(matrices).map((d) => d['kind'])).toEqual(['evaluation_matrix']);
    const second = await gateway.ok('jury', 'GET', `/candidates/${id}/documents?pageSize=2&page=2`);
    expect([items(second).length, second['total']]).toEqual([1, 3]);

    expect((await api('establishment.b', 'GET', `/candidates/${id}/documents`)).status).toBe(404);
    expect((await api('establishment.a', 'GET', `/candidates/${id}/documents?kind=other`)).status).toBe(422);
    // A candidate nothing was uploaded for has an empty tab, not an error.
    const fresh = await gateway.ok('establishment.a', 'POST', '/candidates', person());
    expect(
      await gateway.ok('establishment.a', 'GET', `/candidates/${String(fresh['id'])}/documents`),
    ).toMatchObject({ items: [], total: 0 });
  });

  it('keeps one thread between the establishment and the certifier, written once the certifier has the dossier', async () => {
    const prepared = await gateway.ok('establishment.a', 'POST', '/candidates', person());
    const early = await api('establishment.a', 'POST', `/candidates/${String(prepared['id'])}/exchanges`, {
      body: 'Une question avant l’envoi',
    });
    expect(early.status).toBe(409);

    const { id } = await withJury();
    const asked = await gateway.ok('establishment.a', 'POST', `/candidates/${id}/exchanges`, {
      body: 'Le candidat sera absent la semaine du jury : est-ce un problème ?',
    });
    expect(asked).toMatchObject({ kind: 'message', side: 'establishment' });
    await gateway.ok('jury', 'POST', `/candidates/${id}/complement-request`, {
      reason: 'Objectifs extra-professionnels à préciser',
    });
    const answered = await gateway.ok('certifier', 'POST', `/candidates/${id}/exchanges`, {
      body: 'Non : le jury statue sur dossier.',
    });
    expect(answered).toMatchObject({ side: 'certifier' });
    expect((await api('establishment.a', 'POST', `/candidates/${id}/exchanges`, { body: ' ' })).status).toBe(
      422,
    );
    expect(
      (await api('establishment.b', 'POST', `/candidates/${id}/exchanges`, { body: 'Intrusion' })).status,
    ).toBe(404);
    expect((await api('establishment.b', 'GET', `/candidates/${id}/exchanges`)).status).toBe(404);

    const thread = await gateway.ok('certifier', 'GET', `/candidates/${id}/exchanges`);
    expect(items(thread).map((e) => [e['kind'], e['side']])).toEqual([
      ['message', 'establishment'],
      ['complement_request', 'certifier'],
      ['message', 'certifier'],
    ]);
    const trail = await gateway.ok('establishment.a', 'GET', `/candidates/${id}/trail?pageSize=100`);
    expect(items(trail).filter((t) => t['action'] === 'post_message')).toHaveLength(2);
  });

  it('shows one jury session to its certifier’s staff and its members, with its dossiers per status', async () => {
    const { id, session } = await withJury();
    const sessionId = session['id'] as string;
    const read = await gateway.ok('certifier', 'GET', `/jury-sessions/${sessionId}`);
    expect(read).toMatchObject({
      id: sessionId,
      region: 'Bretagne',
      sendMode: 'paper',
      memberIds: [],
      assigned: { total: 1, byStatus: { awaiting_jury: 1 } },
    });
    // No member named: the certifier's whole jury sits in it.
    expect(await gateway.ok('jury', 'GET', `/jury-sessions/${sessionId}`)).toMatchObject({ id: sessionId });
    await gateway.ok('jury', 'PUT', `/candidates/${id}/jury-decision`, { decision: 'certified' });
    expect(await gateway.ok('jury', 'GET', `/jury-sessions/${sessionId}`)).toMatchObject({
      assigned: { total: 1, byStatus: { certified: 1 } },
    });

    const juryId = await gateway.userId('jury');
    const named = await gateway.ok('certifier', 'PUT', `/jury-sessions/${sessionId}/members`, {
      memberIds: ['someone-else'],
    });
    expect(named['memberIds']).toEqual(['someone-else']);
    expect((await api('jury', 'GET', `/jury-sessions/${sessionId}`)).status).toBe(404);
    expect((await api('jury', 'PUT', `/jury-sessions/${sessionId}/members`, { memberIds: [] })).status).toBe(
      403,
    );
    await gateway.ok('certifier', 'PUT', `/jury-sessions/${sessionId}/members`, { memberIds: [juryId] });
    expect(await gateway.ok('jury', 'GET', `/jury-sessions/${sessionId}`)).toMatchObject({
      memberIds: [juryId],
    });

    for (const user of ['establishment.a', 'establishment.b'])
      expect((await api(user, 'GET', `/jury-sessions/${sessionId}`)).status).toBe(403);
    expect((await api('certifier', 'GET', '/jury-sessions/jury_unknown')).status).toBe(404);
  });

  it('publishes news to their audiences and shows the latest first, the ones to come to their authors', async () => {
    const title = (s: string) => `${s} ${Date.now()}`;
    const forAll = await gateway.ok('certifier', 'POST', '/news', {
      title: title('Nouveau référentiel'),
      body: 'La version 2026 du référentiel s’applique aux évaluations à venir.',
      audience: 'all',
    });
    const forMine = await gateway.ok('certifier', 'POST', '/news', {
      title: title('Jury de Bretagne'),
      body: 'Le jury de décembre est avancé au 12.',
      audience: 'certifier',
    });
    expect(forMine).toMatchObject({ audience: 'certifier', certifierId: 'cb-demo', tenantId: 'cb-demo' });
    const otherNetwork = await gateway.ok('platform.admin', 'POST', '/news', {
      title: title('Autre réseau'),
      body: 'Réservé à un autre réseau.',
      audience: 'network',
      networkId: 'net-elsewhere',
    });
    const toCome = await gateway.ok('certifier', 'POST', '/news', {
      title: title('À venir'),
      body: 'Publié dans une semaine.',
      audience: 'all',
      publishedOn: inDays(7),
    });

    const read = async (user: string) =>
      items(await gateway.ok(user, 'GET', '/news?pageSize=100')).map((n) => n['id']);
    const establishment = await read('establishment.a');
    expect(establishment).toEqual(expect.arrayContaining([forAll['id'], forMine['id']]));
    expect(establishment).not.toContain(otherNetwork['id']);
    expect(establishment).not.toContain(toCome['id']);
    expect(await read('certifier')).toEqual(expect.arrayContaining([toCome['id'], forMine['id']]));
    expect(await read('platform.admin')).toContain(otherNetwork['id']);

    expect(
      (await api('establishment.a', 'POST', '/news', { title: 'Moi', body: 'Essai', audience: 'all' }))
        .status,
    ).toBe(403);
    const missing = await api('platform.admin', 'POST', '/news', {
      title: 'Sans réseau',
      body: 'Pour un réseau non nommé',
      audience: 'network',
    });
    expect([missing.status, (missing.body['errors'] as Body[])[0]?.['field']]).toEqual([422, 'networkId']);
    // The organisations' line has no news feed.
    expect((await api('org.admin', 'GET', '/news')).status).toBe(403);
    const page = await gateway.ok('establishment.a', 'GET', '/news?pageSize=1');
    expect(items(page)).toHaveLength(1);
  });
});
