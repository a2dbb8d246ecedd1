import type { Principal } from '@certhub/contracts';
import {
  Calendar,
  completedAudit,
  contractedDossier,
  day,
  dossierEventPart,
  dossierStatus,
  plannedAudit,
  recordFinding,
  reportOf,
} from './audits-fixtures';
import { CB, DossierHarness, ORG } from './support/dossier-harness';

/**
 * Audits ("interventions", docs/domain/organisation-certification.md#audits-interventions): planning with the
 * auditors of the CB, never one auditor twice at once (also when two plans race), the upcoming list within
 * the scheme's horizon, reschedule and cancel before the start, completion with the report, the findings
 * deadline, the searches and the tenant scoping; every (audit status, action) pair of the audit table.
 */
const shift = (d: string, days: number) =>
  new Date(Date.parse(d) + days * 86_400_000).toISOString().slice(0, 10);

describe('audits', () => {
  let h: DossierHarness;
  // Future slots for plans that stay planned, past slots for audits that are completed.
  const future = new Calendar(100);
  const past = new Calendar(-900);

  beforeAll(async () => {
    h = await DossierHarness.start();
  }, 120_000);
  afterAll(() => h?.stop());

  it('plans an audit: the dossier moves to audit_planned, knows its auditor, and audit_planned is emitted', async () => {
    const dossierId = await contractedDossier(h);
    const range = future.take(3);
    const audit = await h.call(
      'dossier.audits.plan',
      { dossierId, type: 'initial', auditorIds: [h.cast.auditor.userId], ...range },
      h.cast.analyst,
    );
    expect(audit).toMatchObject({
      dossierId,
      organisationId: ORG,
      cbId: CB,
      schemeId: 'amarc',
      type: 'initial',
      status: 'planned',
      ...range,
      auditorIds: [h.cast.auditor.userId],
      upcomingFrom: shift(range.startDate, -30),
      version: 1,
    });
    expect(audit.findingsDeadline).toBe(shift(range.endDate, 14));
    const dossier = await h.dossiers.findOne({ _id: dossierId as never });
    expect(dossier).toMatchObject({ status: 'audit_planned', auditorIds: [h.cast.auditor.userId] });
    const events = await h.waitForEvents(dossierId, (e) =>
      e.some((x) => x.type === 'certhub.dossier.audit_planned.v1'),
    );
    expect(events.map((e) => e.type)).toEqual([
      'certhub.dossier.status_changed.v1',
      'certhub.dossier.audit_planned.v1',
    ]);
    expect(events[1]?.data).toEqual({
      ...dossierEventPart(dossierId),
      auditId: audit.id,
      type: 'initial',
      ...range,
      auditorIds: [h.cast.auditor.userId],
      at: expect.any(String),
      by: h.cast.analyst.userId,
    });
    // The applicant sees its audit.
    await expect(
      h.call('dossier.audits.get', { auditId: audit.id }, h.cast.orgMember),
    ).resolves.toMatchObject({
      id: audit.id,
    });
  });

  it('refuses as auditor anybody who is not an auditor of the dossier’s CB, and an auditor of no plan role', async () => {
    const dossierId = await contractedDossier(h);
    const plan = (auditorIds: string[], as: Principal = h.cast.analyst) =>
      h.failure('dossier.audits.plan', { dossierId, type: 'initial', auditorIds, ...future.take() }, as);
    expect(await plan([h.cast.analyst.userId])).toMatchObject({
      code: 'validation_failed',
      message: `not an enabled auditor of this certification body: ${h.cast.analyst.userId}`,
    });
    expect(await plan(['nobody'])).toMatchObject({ code: 'validation_failed' });
    expect(await plan([h.cast.auditor.userId], h.cast.decider)).toMatchObject({ code: 'forbidden' });
    // An auditor sees only the dossiers he is booked on.
    expect(await plan([h.cast.auditor.userId], h.cast.auditor)).toMatchObject({ code: 'not_found' });
    expect(await plan([h.cast.auditor.userId], h.cast.otherCbAnalyst)).toMatchObject({ code: 'not_found' });
    expect(await dossierStatus(h, dossierId)).toBe('contracted');
  });

  it('refuses to book an auditor twice at once, naming the audit in the way, and leaves nothing behind', async () => {
    const range = future.take(3);
    const first = await plannedAudit(h, range);
    const dossierId = await contractedDossier(h);
    // Overlapping by its last day only.
    const overlapping = { startDate: range.endDate, endDate: shift(range.endDate, 2) };
    const refused = await h.failure(
      'dossier.audits.plan',
      { dossierId, type: 'initial', auditorIds: [h.cast.auditor.userId], ...overlapping },
      h.cast.analyst,
    );
    expect(refused).toMatchObject({
      code: 'conflict',
      message: `auditor ${h.cast.auditor.userId} is already booked on ${range.endDate} by audit ${first.id}`,
      details: { conflictingAuditId: first.id, day: range.endDate },
    });
    expect(await dossierStatus(h, dossierId)).toBe('contracted');
    expect(await h.db.collection('audits').countDocuments({ dossierId })).toBe(0);
    // The refused plan released the days it had taken before meeting the conflict.
    expect(await h.db.collection('auditor_bookings').countDocuments({ auditId: first.id })).toBe(3);
    expect(
      await h.db
        .collection('auditor_bookings')
        .countDocuments({ day: { $gt: range.endDate, $lte: shift(range.endDate, 2) } }),
    ).toBe(0);
  });

  it('lets exactly one of two concurrent plans of the same auditor on the same days through', async () => {
    const range = future.take(2);
    const [a, b] = [await contractedDossier(h), await contractedDossier(h)];
    const plan = (dossierId: string) =>
      h
        .call(
          'dossier.audits.plan',
          { dossierId, type: 'initial', auditorIds: [h.cast.auditor.userId], ...range },
          h.cast.analyst,
        )
        .then(
          (audit) => ({ ok: true as const, audit }),
          (error: { code: string; details?: { conflictingAuditId?: string } }) => ({
            ok: false as const,
            error,
          }),
        );
    const results = await Promise.all([plan(a), plan(b)]);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.ok === false && lost[0].error).toMatchObject({
      code: 'conflict',
      details: { conflictingAuditId: won[0]?.ok && won[0].audit.id },
    });
    expect((await Promise.all([dossierStatus(h, a), dossierStatus(h, b)])).sort()).toEqual([
      'audit_planned',
      'contracted',
    ]);
    expect(
      await h.db
        .collection('auditor_bookings')
        .countDocuments({ day: { $in: [range.startDate, range.endDate] } }),
    ).toBe(2);
  });

  it('lists upcoming audits within the 30-day horizon only', async () => {
    const soon = await plannedAudit(h, { startDate: day(10), endDate: day(11) });
    const later = await plannedAudit(h, { startDate: day(40), endDate: day(40) });
    const today = await plannedAudit(h, { startDate: day(0), endDate: day(0) });
    const ids = async (as: Principal) =>
      (await h.call('dossier.audits.upcoming', { pageSize: 100 }, as)).items.map((a) => a.id);
    for (const as of [h.cast.analyst, h.cast.auditor, h.cast.orgAdmin]) {
      const listed = await ids(as);
      expect(listed).toEqual(expect.arrayContaining([soon.id, today.id]));
      expect(listed).not.toContain(later.id);
    }
    expect(await ids(h.cast.otherCbAnalyst)).toEqual([]);
    // In start order.
    const listed = await ids(h.cast.analyst);
    expect(listed.indexOf(today.id)).toBeLessThan(listed.indexOf(soon.id));
  });

  it('reschedules before the start, frees the old days, and emits audit.rescheduled', async () => {
    const before = future.take(2);
    const audit = await plannedAudit(h, before);
    const after = future.take(2);
    const moved = await h.call(
      'dossier.audits.reschedule',
      { auditId: audit.id, version: audit.version, ...after },
      h.cast.analyst,
    );
    expect(moved).toMatchObject({ ...after, version: audit.version + 1, status: 'planned' });
    expect(
      await h.failure(
        'dossier.audits.reschedule',
        { auditId: audit.id, version: audit.version, ...after },
        h.cast.analyst,
      ),
    ).toMatchObject({ code: 'stale_version' });
    // The old days are free again: another plan takes them.
    await expect(plannedAudit(h, before)).resolves.toMatchObject({ status: 'planned' });
    await h.waitForEvents(audit.dossierId, (e) =>
      e.some(
        (x) =>
          x.type === 'certhub.audit.rescheduled.v1' &&
          (x.data as { previousStartDate: string }).previousStartDate === before.startDate,
      ),
    );
  });

  it('cancels before the start and frees the days; a started audit can no longer be cancelled', async () => {
    const range = future.take(1);
    const audit = await plannedAudit(h, range);
    const cancelled = await h.call(
      'dossier.audits.cancel',
      { auditId: audit.id, version: audit.version, reason: 'site fermé' },
      h.cast.cbAdmin,
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'site fermé' });
    // The dossier still awaits its audit: a new one is planned on the freed days, but only one.
    const plan = (days: { startDate: string; endDate: string }) =>
      h.call(
        'dossier.audits.plan',
        { dossierId: audit.dossierId, type: 'initial', auditorIds: [h.cast.auditor.userId], ...days },
        h.cast.analyst,
      );
    await expect(plan(range)).resolves.toMatchObject({ status: 'planned', dossierId: audit.dossierId });
    await expect(plan(future.take(1))).rejects.toMatchObject({
      code: 'invalid_transition',
      details: { currentStatus: 'audit_planned', guard: 'no_other_audit_planned' },
    });
    await expect(plannedAudit(h, future.take(1))).resolves.toMatchObject({ status: 'planned' });
    const started = await plannedAudit(h, past.take());
    expect(
      await h.failure(
        'dossier.audits.cancel',
        { auditId: started.id, version: started.version, reason: 'x' },
        h.cast.analyst,
      ),
    ).toMatchObject({
      code: 'invalid_transition',
      details: { currentStatus: 'planned', guard: 'not_started' },
    });
  });

  it('completes with the report once started, by a booked auditor only: the dossier is audited', async () => {
    const notYet = await plannedAudit(h, future.take());
    const complete = (auditId: string, version: number, as: Principal) =>
      h.failure('dossier.audits.complete', { auditId, version, reportDocumentId: 'doc-1' }, as);
    expect(await complete(notYet.id, notYet.version, h.cast.auditor)).toMatchObject({
      code: 'invalid_transition',
      details: { currentStatus: 'planned', guard: 'started' },
    });
    const audit = await plannedAudit(h, past.take(2));
    const stranger: Principal = h.cast.unbookedAuditor;
    expect(await complete(audit.id, audit.version, stranger)).toMatchObject({ code: 'not_found' });
    expect(await complete(audit.id, audit.version, h.cast.analyst)).toMatchObject({ code: 'forbidden' });
    const report = await reportOf(h, audit.id);
    const done = await h.call(
      'dossier.audits.complete',
      { auditId: audit.id, version: audit.version, reportDocumentId: report },
      h.cast.auditor,
    );
    expect(done).toMatchObject({
      status: 'completed',
      reportDocumentId: report,
      completedAt: expect.any(String),
    });
    expect(await dossierStatus(h, audit.dossierId)).toBe('audited');
    const events = await h.waitForEvents(audit.dossierId, (e) =>
      e.some((x) => x.type === 'certhub.dossier.audit_completed.v1'),
    );
    expect(events.find((e) => e.type === 'certhub.dossier.audit_completed.v1')?.data).toEqual({
      ...dossierEventPart(audit.dossierId),
      auditId: audit.id,
      type: 'initial',
      reportDocumentId: report,
      at: expect.any(String),
      by: h.cast.auditor.userId,
    });
  });

  it('flags findings recorded after the scheme’s deadline (audit end + 14 days) as late', async () => {
    const old = await completedAudit(h, past.take());
    await expect(recordFinding(h, old.id)).resolves.toMatchObject({
      late: true,
      status: 'recorded',
      number: 'NC0001',
    });
    const recent = await completedAudit(h, { startDate: day(-1), endDate: day(-1) });
    const onTime = await recordFinding(h, recent.id);
    expect(onTime).toMatchObject({ late: false });
    await expect(recordFinding(h, recent.id, { severity: 'minor' })).resolves.toMatchObject({
      number: 'NC0002',
    });
    expect(
      await h.failure(
        'dossier.findings.record',
        { auditId: recent.id, requirementId: '9.9', severity: 'major', description: 'x', dueDate: day(30) },
        h.cast.auditor,
      ),
    ).toMatchObject({ code: 'validation_failed', message: 'requirement 9.9 is not in scheme amarc 2024.1' });
  });

  it('searches interventions by time, auditor, type, dates and dossier, scoped to the caller', async () => {
    const range = past.take();
    const done = await completedAudit(h, range);
    const ahead = await plannedAudit(h, future.take());
    const search = (q: Record<string, unknown>, as: Principal = h.cast.analyst) =>
      h.call('dossier.audits.search', { pageSize: 100, ...q }, as).then((p) => p.items.map((a) => a.id));
    expect(await search({ when: 'past' })).toContain(done.id);
    expect(await search({ when: 'past' })).not.toContain(ahead.id);
    expect(await search({ when: 'upcoming' })).toContain(ahead.id);
    expect(await search({ when: 'upcoming' })).not.toContain(done.id);
    expect(await search({ auditorId: h.cast.auditor.userId })).toEqual(
      expect.arrayContaining([done.id, ahead.id]),
    );
    expect(await search({ auditorId: 'someone-else' })).toEqual([]);
    expect(await search({ type: 'surveillance' })).toEqual([]);
    expect(await search({ from: range.startDate, to: range.endDate })).toEqual([done.id]);
    expect(await search({ dossierId: ahead.dossierId })).toEqual([ahead.id]);
    expect(await search({ status: 'completed', dossierId: done.dossierId })).toEqual([done.id]);
    const page = await h.call('dossier.audits.search', { pageSize: 1, page: 2 }, h.cast.analyst);
    expect(page).toMatchObject({ page: 2, pageSize: 1, items: [expect.anything()] });
    expect(page.total).toBeGreaterThan(2);
    expect(await search({}, h.cast.otherCbAnalyst)).toEqual([]);
    expect(await search({}, h.cast.otherOrgAdmin)).toEqual([]);
    expect(await search({}, h.cast.unbookedAuditor)).toEqual([]);
    expect(await search({ dossierId: ahead.dossierId }, h.cast.orgMember)).toEqual([ahead.id]);
  });

  it('hides an audit from another CB, another organisation and an auditor not booked on it (404)', async () => {
    const audit = await plannedAudit(h, future.take());
    for (const as of h.outsiders) {
      expect(await h.failure('dossier.audits.get', { auditId: audit.id }, as)).toMatchObject({
        code: 'not_found',
      });
      expect(
        await h.failure('dossier.audits.reschedule', { auditId: audit.id, version: 1, ...future.take() }, as),
      ).toMatchObject({ code: 'not_found' });
    }
  });

  describe('every (audit status, action) pair of the audit table', () => {
    type Act = 'reschedule' | 'cancel' | 'complete' | 'record_finding' | 'declare_findings_recorded';
    const act = async (action: Act, audit: { id: string; version: number }) => {
      const { id: auditId, version } = audit;
      switch (action) {
        case 'reschedule':
          return h.call('dossier.audits.reschedule', { auditId, version, ...future.take() }, h.cast.analyst);
        case 'cancel':
          return h.call('dossier.audits.cancel', { auditId, version, reason: 'r' }, h.cast.analyst);
        case 'complete':
          return h.call(
            'dossier.audits.complete',
            // A cancelled audit's report context is closed: an id the table refuses before any check.
            {
              auditId,
              version,
              reportDocumentId: await reportOf(h, auditId).catch(() => 'no-open-report-context'),
            },
            h.cast.auditor,
          );
        case 'record_finding':
          return recordFinding(h, auditId);
        case 'declare_findings_recorded':
          return h.call('dossier.audits.findings-recorded', { auditId, version }, h.cast.auditor);
      }
    };
    // Each status with the actions its row allows; planned is split by time (not started / started).
    const fixtures: Record<string, { make: () => Promise<{ id: string; version: number }>; allowed: Act[] }> =
      {
        'planned (not started)': {
          make: () => plannedAudit(h, future.take()),
          allowed: ['reschedule', 'cancel'],
        },
        'planned (started)': { make: () => plannedAudit(h, past.take()), allowed: ['complete'] },
        completed: {
          make: () => completedAudit(h, past.take()),
          allowed: ['record_finding', 'declare_findings_recorded'],
        },
        findings_recorded: {
          make: async () => {
            const a = await completedAudit(h, past.take());
            return h.call(
              'dossier.audits.findings-recorded',
              { auditId: a.id, version: a.version },
              h.cast.auditor,
            );
          },
          allowed: [],
        },
        cancelled: {
          make: async () => {
            const a = await plannedAudit(h, future.take());
            return h.call(
              'dossier.audits.cancel',
              { auditId: a.id, version: a.version, reason: 'r' },
              h.cast.analyst,
            );
          },
          allowed: [],
        },
      };
    const ACTIONS: Act[] = [
      'reschedule',
      'cancel',
      'complete',
      'record_finding',
      'declare_findings_recorded',
    ];
    const pairs = Object.keys(fixtures).flatMap((status) =>
      ACTIONS.map((action) => [status, action] as const),
    );

    it.each(pairs)('%s × %s', async (status, action) => {
      const fixture = fixtures[status]!;
      const audit = await fixture.make();
      const stored = String(status).split(' ')[0];
      if (fixture.allowed.includes(action)) {
        await expect(act(action, audit)).resolves.toBeDefined();
        return;
      }
      const failure = await act(action, audit).then(
        () => undefined,
        (e: { code: string; details?: { currentStatus?: string } }) => e,
      );
      expect(failure).toMatchObject({ code: 'invalid_transition', details: { currentStatus: stored } });
    });
  });
});
