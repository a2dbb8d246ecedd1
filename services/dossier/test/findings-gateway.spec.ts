import { mongoDbName } from '@certhub/platform';
import { TestStack, passwordToken, qualifyAuditors, runtimeEnv } from '@certhub/testing';
import mongoose, { type Connection } from 'mongoose';
import { contractedDossierDocument, day } from './audits-fixtures';

/**
 * The audits and findings routes of the gateway with real Keycloak tokens of the demo users: plan,
 * upcoming list, completion, findings, the MC step through to the batch send, the searches, and
 * the refusals as problem+json (409 with the current status, 403 by role).
 */
describe('audits and findings through the gateway', () => {
  let stack: TestStack;
  let db: Connection;
  let url: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'dossier', 'document', 'gateway'], {
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    url = stack.service('gateway').url;
    db = await mongoose
      .createConnection(runtimeEnv().MONGO_URL, { dbName: mongoDbName(stack.prefix, 'dossier') })
      .asPromise();
    for (const who of ['analyst', 'auditor', 'org.member', 'org.admin', 'cb.admin'])
      tokens[who] = await passwordToken(`${who}@certhub.local`);
    const auditor = (await api('auditor', 'GET', '/api/v1/me')).body as { userId: string };
    await qualifyAuditors(url, tokens['cb.admin']!, [auditor.userId]);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await stack?.stop();
  });

  const api = async (who: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // JSON of any route: each assertion says what it expects of it.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
  };

  async function contracted(): Promise<string> {
    const me = (await api('analyst', 'GET', '/api/v1/me')).body as { userId: string };
    const dossier = contractedDossierDocument({ analystId: me.userId });
    await db.collection('dossiers').insertOne(dossier);
    return dossier._id as string;
  }

  it('plans, lists as upcoming, completes, records and instructs a finding, sends the ready measures', async () => {
    const auditor = (await api('auditor', 'GET', '/api/v1/me')).body as { userId: string };
    const ahead = await contracted();
    const planned = await api('analyst', 'POST', `/api/v1/dossiers/${ahead}/audits`, {
      type: 'initial',
      startDate: day(5),
      endDate: day(6),
      auditorIds: [auditor.userId],
    });
    expect(planned).toMatchObject({ status: 201, body: { status: 'planned', dossierId: ahead } });
    const upcoming = await api('org.member', 'GET', '/api/v1/audits/upcoming?pageSize=50');
    expect(upcoming.status).toBe(200);
    expect(upcoming.body.items.map((a: { id: string }) => a.id)).toContain(planned.body.id);
    // Same auditor, overlapping days: 409 problem naming the audit in the way.
    const other = await contracted();
    const clash = await api('cb.admin', 'POST', `/api/v1/dossiers/${other}/audits`, {
      type: 'initial',
      startDate: day(6),
      endDate: day(7),
      auditorIds: [auditor.userId],
    });
    expect(clash).toMatchObject({ status: 409, type: expect.stringContaining('application/problem+json') });
    expect(clash.body.detail).toContain(planned.body.id);
    expect(
      (
        await api('org.admin', 'POST', `/api/v1/dossiers/${other}/audits`, {
          type: 'initial',
          startDate: day(9),
          endDate: day(9),
          auditorIds: [auditor.userId],
        })
      ).status,
    ).toBe(403);

    const dossierId = await contracted();
    const audit = (
      await api('analyst', 'POST', `/api/v1/dossiers/${dossierId}/audits`, {
        type: 'initial',
        startDate: day(-2),
        endDate: day(-1),
        auditorIds: [auditor.userId],
      })
    ).body;
    const report = await fetch(
      `${url}/api/v1/documents?contextId=${encodeURIComponent(`audit:${audit.id}:report`)}&filename=rapport.pdf`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens['auditor']}`, 'content-type': 'application/octet-stream' },
        body: Buffer.from('%PDF-1.7\nrapport'),
      },
    );
    expect(report.status).toBe(201);
    const done = await api('auditor', 'POST', `/api/v1/audits/${audit.id}/completion`, {
      version: audit.version,
      reportDocumentId: ((await report.json()) as { documentId: string }).documentId,
    });
    expect(done).toMatchObject({ status: 200, body: { status: 'completed' } });
    const again = await api('auditor', 'POST', `/api/v1/audits/${audit.id}/completion`, {
      version: done.body.version,
      reportDocumentId: 'doc-report',
    });
    expect(again).toMatchObject({ status: 409, body: { errors: { currentStatus: 'completed' } } });

    const nc = await api('auditor', 'POST', `/api/v1/audits/${audit.id}/findings`, {
      requirementId: '1.1',
      severity: 'major',
      description: 'Pas de politique formalisée',
      dueDate: day(30),
    });
    expect(nc).toMatchObject({ status: 201, body: { number: 'NC0001', late: false, status: 'recorded' } });
    const recorded = await api('auditor', 'POST', `/api/v1/audits/${audit.id}/findings-recorded`, {
      version: done.body.version,
    });
    expect(recorded).toMatchObject({ status: 200, body: { status: 'findings_recorded' } });
    const f = nc.body.id as string;
    let current = (await api('analyst', 'POST', `/api/v1/findings/${f}/confirmation`, { version: 0 })).body;
    current = (
      await api('analyst', 'POST', `/api/v1/findings/${f}/measures-request`, { version: current.version })
    ).body;
    expect(current.status).toBe('measures_requested');
    expect(
      (await api('org.member', 'POST', `/api/v1/findings/${f}/confirmation`, { version: current.version }))
        .status,
    ).toBe(403);
    current = (
      await api('org.member', 'POST', `/api/v1/findings/${f}/items`, {
        version: current.version,
        kind: 'measure',
        text: 'Rédiger la politique',
      })
    ).body;
    current = (
      await api('org.member', 'POST', `/api/v1/findings/${f}/items`, {
        version: current.version,
        kind: 'measure',
        text: 'La signer',
      })
    ).body;
    const [first] = current.items;
    const ready = await api('org.member', 'PUT', `/api/v1/findings/${f}/items/${first.id}/ready`, {
      version: current.version,
      kind: 'measure',
      ready: true,
    });
    expect(ready.status).toBe(200);
    const sent = await api('org.admin', 'POST', `/api/v1/dossiers/${dossierId}/findings/send`, {
      kind: 'measure',
    });
    expect(sent).toMatchObject({ status: 200, body: { findings: [{ findingId: f, itemIds: [first.id] }] } });
    const search = await api(
      'analyst',
      'GET',
      `/api/v1/findings?dossierId=${dossierId}&state=open&severity=major`,
    );
    expect(search.body).toMatchObject({ total: 1, items: [{ id: f, status: 'measures_sent' }] });
    const interventions = await api('auditor', 'GET', `/api/v1/audits?when=past&auditorId=${auditor.userId}`);
    expect(interventions.body.items.map((a: { id: string }) => a.id)).toContain(audit.id);
    const msg = await api('org.member', 'POST', `/api/v1/findings/${f}/messages`, { body: 'Merci' });
    expect(msg.status).toBe(201);
    expect((await api('analyst', 'GET', `/api/v1/findings/${f}/messages`)).body).toMatchObject({ total: 1 });

    // "My checklist": the applicant and the CB see the requirements that apply at level A, with the
    // open non-conformity on its requirement and the next planned audit.
    const checklist = await api('org.member', 'GET', `/api/v1/dossiers/${dossierId}/checklist`);
    expect(checklist).toMatchObject({
      status: 200,
      body: { schemeId: 'amarc', level: 'A', openFindings: 1 },
    });
    const requirements = checklist.body.chapters.flatMap(
      (c: { requirements: { id: string; openFindings: unknown[] }[] }) => c.requirements,
    );
    expect(requirements.find((r: { id: string }) => r.id === '1.1').openFindings).toEqual([
      expect.objectContaining({ findingId: f, number: 'NC0001', severity: 'major', overdue: false }),
    ]);
    expect(requirements.filter((r: { openFindings: unknown[] }) => r.openFindings.length)).toHaveLength(1);
    const upcomingChecklist = await api('analyst', 'GET', `/api/v1/dossiers/${ahead}/checklist`);
    expect(upcomingChecklist.body).toMatchObject({
      openFindings: 0,
      nextAudit: { auditId: planned.body.id, type: 'initial', startDate: day(5) },
    });
    expect(upcomingChecklist.body.chapters.length).toBeGreaterThan(0);
    expect((await api('org.member', 'GET', `/api/v1/dossiers/not-a-dossier/checklist`)).status).toBe(404);
  });
});
