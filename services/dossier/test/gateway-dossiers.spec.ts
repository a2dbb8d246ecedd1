import { TestStack, passwordToken } from '@certhub/testing';
import { AMARC_APPLICATION, AMARC_COMPLETE, pick } from './support/amarc';

/** The dossier routes of the gateway with the realm's real tokens: roles, problem bodies, scoping. */
describe('/api/v1/dossiers through the gateway', () => {
  let stack: TestStack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'dossier', 'gateway']);
    for (const user of ['org.admin', 'org.member', 'analyst', 'auditor', 'decider'])
      tokens[user] = await passwordToken(`${user}@certhub.local`);
  }, 150_000);
  afterAll(() => stack?.stop());

  async function api(user: string, method: string, path: string, body?: unknown) {
    const res = await fetch(`${stack.service('gateway').url}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[user] ?? ''}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  }

  it('opens, saves, refuses an incomplete submit with every missing question, and scopes the trail', async () => {
    const created = await api('org.admin', 'POST', '/dossiers', AMARC_APPLICATION);
    expect(created.status).toBe(201);
    const id = created.body['id'] as string;
    // Opened pre-filled from what the platform knows of the organisation (its head office's SIRET,
    // its name), for the applicant to check and complete.
    const opened = await api('org.member', 'GET', `/dossiers/${id}/questionnaire`);
    expect(opened.body['answers']).toMatchObject({
      siret: { value: expect.stringMatching(/^\d{14}$/) },
      'raison-sociale': { value: expect.stringContaining('Démo') },
    });

    const saved = await api('org.member', 'PUT', `/dossiers/${id}/questionnaire`, {
      revision: 0,
      answers: pick(
        AMARC_COMPLETE,
        'siret',
        'raison-sociale',
        'adresse',
        'contact',
        'contact-email',
        'niveau',
      ),
    });
    expect(saved.status).toBe(200);
    const stale = await api('org.admin', 'PUT', `/dossiers/${id}/questionnaire`, {
      revision: 0,
      answers: {},
    });
    expect(stale.status).toBe(409);

    const refused = await api('org.admin', 'POST', `/dossiers/${id}/questionnaire/submit`, {});
    expect(refused.status).toBe(422);
    expect((refused.body['errors'] as { questionId: string }[]).map((m) => m.questionId)).toEqual([
      'relation',
      'multisites',
      'canal-digital',
      'depuis',
      'effectif',
      'lettre-engagement',
    ]);

    expect(
      (await api('org.admin', 'POST', `/dossiers/${id}/decisions`, { outcome: 'grant', reason: 'x' })).status,
    ).toBe(403);
    const trail = await api('analyst', 'GET', `/dossiers/${id}/trail`);
    expect(trail.status).toBe(200);
    expect((trail.body['items'] as { action: string }[]).map((t) => t.action)).toEqual([
      'save_questionnaire',
      'create',
    ]);
    expect((await api('org.member', 'GET', `/dossiers/${id}/trail`)).status).toBe(200);
    // The auditor is booked on no audit of this dossier.
    expect((await api('auditor', 'GET', `/dossiers/${id}/trail`)).status).toBe(404);
    const listed = await api('org.admin', 'GET', `/dossiers?status=draft&schemeId=amarc&pageSize=50`);
    expect((listed.body['items'] as { id: string }[]).map((d) => d.id)).toContain(id);
  });
});
