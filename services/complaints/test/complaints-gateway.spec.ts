import { GatewayClient, TestStack } from '@certhub/testing';

/**
 * Complaints through the gateway with the realm's real tokens: lodged by the public without an
 * account, taken in charge by the CB's administrator, closed by the handler; the register's
 * confidentiality (the complainant is for the staff handling it) and the table's refusals.
 */
describe('complaints through the gateway', () => {
  let stack: TestStack;
  let gateway: GatewayClient;

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'complaints', 'gateway'], { RATE_LIMIT_PER_MINUTE: '100000' });
    gateway = await GatewayClient.signIn(stack.service('gateway').url, [
      'cb.admin',
      'analyst',
      'auditor',
      'decider',
      'org.admin',
    ]);
  }, 150_000);
  afterAll(() => stack?.stop());

  const api = (who: string | null, method: string, path: string, body?: unknown) =>
    gateway.api(who, method, path, body);
  const me = (who: string) => gateway.userId(who);

  const complaint = {
    cbId: 'cb-demo',
    about: 'certified_organisation',
    certificateNumber: 'DEMO-AMARC-2026-00001',
    subject: 'Réclamations restées sans réponse',
    facts: 'Trois réclamations écrites envoyées en mars, aucune réponse à ce jour.',
    complainant: { name: 'Marie Client', email: 'Marie.Client@example.org' },
  };

  it('is lodged by anyone, taken in charge, and closed by its handler with a reasoned answer', async () => {
    const lodged = await api(null, 'POST', '/complaints', complaint);
    expect(lodged).toMatchObject({
      status: 201,
      body: { reference: expect.stringMatching(/-R\d{4}-\d{5}$/) },
    });
    const { reference } = lodged.body;

    const register = await api('cb.admin', 'GET', '/complaints?status=received&pageSize=100');
    const listed = register.body.items.find((c: { reference: string }) => c.reference === reference);
    expect(listed).toMatchObject({
      status: 'received',
      overdue: false,
      complainant: { name: 'Marie Client', email: 'marie.client@example.org' },
    });
    // Before it is in his charge, another member of the CB does not see it; outside the CB, nobody.
    expect((await api('analyst', 'GET', `/complaints/${listed.id}`)).status).toBe(404);
    expect((await api('analyst', 'GET', '/complaints?pageSize=100')).body.items).not.toContainEqual(
      expect.objectContaining({ id: listed.id }),
    );
    expect((await api('org.admin', 'GET', '/complaints')).status).toBe(403);
    expect((await api('org.admin', 'GET', `/complaints/${listed.id}`)).status).toBe(403);

    // An auditor cannot be its handler; the analyst can.
    const auditor = await me('auditor');
    const refused = await api('cb.admin', 'POST', `/complaints/${listed.id}/acknowledgement`, {
      version: 0,
      handlerId: auditor,
    });
    expect(refused).toMatchObject({ status: 422, body: { errors: [{ field: 'handlerId' }] } });
    const analyst = await me('analyst');
    const taken = await api('cb.admin', 'POST', `/complaints/${listed.id}/acknowledgement`, {
      version: 0,
      handlerId: analyst,
    });
    expect(taken).toMatchObject({
      status: 200,
      body: { status: 'investigating', handlerId: analyst, version: 1 },
    });
    expect((await api('analyst', 'GET', `/complaints/${listed.id}`)).status).toBe(200);

    // A decision maker who is not its handler may not close it; its handler does.
    const answer = { version: 1, outcome: 'upheld', answer: 'Un audit complémentaire est programmé.' };
    expect((await api('decider', 'POST', `/complaints/${listed.id}/answer`, answer)).status).toBe(404);
    const closed = await api('analyst', 'POST', `/complaints/${listed.id}/answer`, answer);
    expect(closed).toMatchObject({ status: 200, body: { status: 'closed', outcome: 'upheld' } });
    expect(closed.body.trail.map((t: { action: string }) => t.action)).toEqual([
      'lodge',
      'acknowledge',
      'answer',
    ]);

    // Closed: the table refuses everything, the stale version first.
    expect(await api('analyst', 'POST', `/complaints/${listed.id}/answer`, answer)).toMatchObject({
      status: 409,
      body: { title: 'stale version', errors: { currentStatus: 'closed', currentVersion: 2 } },
    });
    const again = await api('cb.admin', 'POST', `/complaints/${listed.id}/dismissal`, {
      version: 2,
      reason: 'x',
    });
    expect(again).toMatchObject({ status: 409, body: { errors: { currentStatus: 'closed' } } });
  });

  it('is dismissed with its reason when outside the certification activity', async () => {
    const lodged = await api(null, 'POST', '/complaints', {
      ...complaint,
      about: 'other',
      certificateNumber: undefined,
    });
    const { items } = (await api('cb.admin', 'GET', '/complaints?about=other&pageSize=100')).body;
    const found = items.find((c: { reference: string }) => c.reference === lodged.body.reference);
    const dismissed = await api('cb.admin', 'POST', `/complaints/${found.id}/dismissal`, {
      version: 0,
      reason: 'Litige commercial sans lien avec la certification.',
    });
    expect(dismissed).toMatchObject({
      status: 200,
      body: { status: 'dismissed', dismissalReason: expect.any(String) },
    });
  });

  it('refuses an unknown CB and a complaint about nobody in particular, naming the field', async () => {
    expect(await api(null, 'POST', '/complaints', { ...complaint, cbId: 'cb-nope' })).toMatchObject({
      status: 422,
      body: { errors: [{ field: 'cbId' }] },
    });
    const nobody = { ...complaint, certificateNumber: undefined };
    expect(await api(null, 'POST', '/complaints', nobody)).toMatchObject({
      status: 422,
      body: { errors: [{ field: 'organisationName' }] },
    });
    expect(
      (await api(null, 'POST', '/complaints', { ...complaint, complainant: { name: 'x' } })).status,
    ).toBe(422);
  });
});
