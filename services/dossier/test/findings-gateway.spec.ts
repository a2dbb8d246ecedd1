import { day } from './audits-fixtures';
import { gatewayFixture, plannedAudit, seedContracted } from './support/gateway-fixture';

/**
 * The audits and findings routes of the gateway with real Keycloak tokens of the demo users: plan,
 * upcoming list, completion, findings, the MC step through to the batch send, the searches, and
 * the refusals as problem+json (409 with the current status, 403 by role).
 */
describe('audits and findings through the gateway', () => {
  const fixture = gatewayFixture(['analyst', 'auditor', 'org.member', 'org.admin', 'cb.admin']);
  beforeAll(() => fixture.gateway.qualify('auditor'));

  const api = (who: string, method: string, path: string, body?: unknown) =>
    fixture.gateway.api(who, method, path, body);

  it('plans, lists as upcoming, completes, records and instructs a finding, sends the ready measures', async () => {
    const auditor = (await api('auditor', 'GET', '/me')).body as { userId: string };
    const ahead = await seedContracted(fixture);
    const planned = await api('analyst', 'POST', `/dossiers/${ahead}/audits`, {
      type: 'initial',
      startDate: day(5),
      endDate: day(6),
      auditorIds: [auditor.userId],
    });
    expect(planned).toMatchObject({ status: 201, body: { status: 'planned', dossierId: ahead } });
    const upcoming = await api('org.member', 'GET', '/audits/upcoming?pageSize=50');
    expect(upcoming.status).toBe(200);
    expect(upcoming.body.items.map((a: { id: string }) => a.id)).toContain(planned.body.id);
    // Same auditor, overlapping days: 409 problem naming the audit in the way.
    const other = await seedContracted(fixture);
    const clash = await api('cb.admin', 'POST', `/dossiers/${other}/audits`, {
      type: 'initial',
      startDate: day(6),
      endDate: day(7),
      auditorIds: [auditor.userId],
    });
    expect(clash).toMatchObject({ status: 409, type: expect.stringContaining('application/problem+json') });
    expect(clash.body.detail).toContain(planned.body.id);
    expect(
      (
        await api('org.admin', 'POST', `/dossiers/${other}/audits`, {
          type: 'initial',
          startDate: day(9),
          endDate: day(9),
          auditorIds: [auditor.userId],
        })
      ).status,
    ).toBe(403);

    const { dossierId, audit } = await plannedAudit(fixture, auditor.userId, {
      startDate: day(-2),
      endDate: day(-1),
    });
    const reportDocumentId = await fixture.gateway.upload('auditor', `audit:${audit.id}:report`);
    const done = await api('auditor', 'POST', `/audits/${audit.id}/completion`, {
      version: audit.version,
      reportDocumentId,
    });
    expect(done).toMatchObject({ status: 200, body: { status: 'completed' } });
    const again = await api('auditor', 'POST', `/audits/${audit.id}/completion`, {
      version: done.body.version,
      reportDocumentId: 'doc-report',
    });
    expect(again).toMatchObject({ status: 409, body: { errors: { currentStatus: 'completed' } } });

    const nc = await api('auditor', 'POST', `/audits/${audit.id}/findings`, {
      requirementId: '1.1',
      severity: 'major',
      description: 'Pas de politique formalisée',
      dueDate: day(30),
    });
    expect(nc).toMatchObject({ status: 201, body: { number: 'NC0001', late: false, status: 'recorded' } });
    const recorded = await api('auditor', 'POST', `/audits/${audit.id}/findings-recorded`, {
      version: done.body.version,
    });
    expect(recorded).toMatchObject({ status: 200, body: { status: 'findings_recorded' } });
    const f = nc.body.id as string;
    let current = (await api('analyst', 'POST', `/findings/${f}/confirmation`, { version: 0 })).body;
    current = (await api('analyst', 'POST', `/findings/${f}/measures-request`, { version: current.version }))
      .body;
    expect(current.status).toBe('measures_requested');
    expect(
      (await api('org.member', 'POST', `/findings/${f}/confirmation`, { version: current.version })).status,
    ).toBe(403);
    current = (
      await api('org.member', 'POST', `/findings/${f}/items`, {
        version: current.version,
        kind: 'measure',
        text: 'Rédiger la politique',
      })
    ).body;
    current = (
      await api('org.member', 'POST', `/findings/${f}/items`, {
        version: current.version,
        kind: 'measure',
        text: 'La signer',
      })
    ).body;
    const [first] = current.items;
    const ready = await api('org.member', 'PUT', `/findings/${f}/items/${first.id}/ready`, {
      version: current.version,
      kind: 'measure',
      ready: true,
    });
    expect(ready.status).toBe(200);
    const sent = await api('org.admin', 'POST', `/dossiers/${dossierId}/findings/send`, {
      kind: 'measure',
    });
    expect(sent).toMatchObject({ status: 200, body: { findings: [{ findingId: f, itemIds: [first.id] }] } });
    const search = await api('analyst', 'GET', `/findings?dossierId=${dossierId}&state=open&severity=major`);
    expect(search.body).toMatchObject({ total: 1, items: [{ id: f, status: 'measures_sent' }] });
    const interventions = await api('auditor', 'GET', `/audits?when=past&auditorId=${auditor.userId}`);
    expect(interventions.body.items.map((a: { id: string }) => a.id)).toContain(audit.id);
    const msg = await api('org.member', 'POST', `/findings/${f}/messages`, { body: 'Merci' });
    expect(msg.status).toBe(201);
    expect((await api('analyst', 'GET', `/findings/${f}/messages`)).body).toMatchObject({ total: 1 });

    // "My checklist": the applicant and the CB see the requirements that apply at level A, with the
    // open non-conformity on its requirement and the next planned audit.
    const checklist = await api('org.member', 'GET', `/dossiers/${dossierId}/checklist`);
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
    const upcomingChecklist = await api('analyst', 'GET', `/dossiers/${ahead}/checklist`);
    expect(upcomingChecklist.body).toMatchObject({
      openFindings: 0,
      nextAudit: { auditId: planned.body.id, type: 'initial', startDate: day(5) },
    });
    expect(upcomingChecklist.body.chapters.length).toBeGreaterThan(0);
    expect((await api('org.member', 'GET', `/dossiers/not-a-dossier/checklist`)).status).toBe(404);
  });
});
