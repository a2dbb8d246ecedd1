import type { FindingResponse, Principal } from '@certhub/contracts';
import {
  Calendar,
  completedAudit,
  day,
  dossierEventPart,
  dossierStatus,
  recordFinding,
} from './audits-fixtures';
import { DossierHarness } from './support/dossier-harness';

/**
 * The findings workflow (docs/domain/organisation-certification.md#audit-findings): the auditor records, the
 * analyst confirms and asks for corrective measures (MC), the applicant drafts several, marks some ready and
 * sends only those, the analyst accepts or asks for clarification item by item, asks for material proofs
 * (PM), which go the same way, and accepting them closes the finding; the closing-meeting shortcut; one
 * thread per finding; the dossier goes to decision when the last one closes.
 */
type ItemKind = 'measure' | 'proof';

describe('findings workflow', () => {
  let h: DossierHarness;
  const past = new Calendar(-900);

  beforeAll(async () => {
    h = await DossierHarness.start();
  }, 120_000);
  afterAll(() => h?.stop());

  const get = (f: { id: string }, as: Principal = h.cast.analyst) =>
    h.call('dossier.findings.get', { findingId: f.id }, as);
  const itemsOf = (f: FindingResponse, kind: ItemKind) => f.items.filter((i) => i.kind === kind);
  /** The applicant marks one item of the finding, at the version read, ready to be sent. */
  const setReady = (f: FindingResponse, kind: ItemKind, itemId: string) =>
    h.call(
      'dossier.findings.items.set-ready',
      { findingId: f.id, version: f.version, kind, itemId, ready: true },
      h.cast.orgMember,
    );
  /** The analyst's instruction of the finding, at the version read. */
  const instruct = (
    subject:
      'dossier.findings.confirm' | 'dossier.findings.request-measures' | 'dossier.findings.request-proofs',
    f: FindingResponse,
  ) => h.call(subject, { findingId: f.id, version: f.version }, h.cast.analyst);
  /** The analyst's word on one sent item, at the version read. */
  const review = (
    f: FindingResponse,
    kind: ItemKind,
    itemId: string,
    decision: 'accept' | 'clarify',
    comment?: string,
  ) =>
    h.call(
      'dossier.findings.items.review',
      { findingId: f.id, version: f.version, kind, itemId, decision, ...(comment ? { comment } : {}) },
      h.cast.analyst,
    );

  it('runs MC and PM to closure: ready items only, clarification, shortcut, batch across findings; the dossier awaits its decision', async () => {
    const { analyst, orgMember, orgAdmin, auditor } = h.cast;
    const audit = await completedAudit(h, past.take());
    const dossierId = audit.dossierId;
    let nc1 = await recordFinding(h, audit.id, { requirementId: '1.1', severity: 'major' });
    let nc2 = await recordFinding(h, audit.id, {
      requirementId: '2.1',
      severity: 'minor',
      closingMeetingMeasures: 'Former l’équipe du service client à la procédure de réclamation',
    });
    expect([nc1.number, nc2.number]).toEqual(['NC0001', 'NC0002']);

    // The applicant sees the findings only once the analyst has processed them
    // (docs/domain/organisation-certification.md#visibility-to-the-applicant).
    expect(await h.failure('dossier.findings.get', { findingId: nc1.id }, orgMember)).toMatchObject({
      code: 'not_found',
    });
    expect((await h.call('dossier.findings.search', { dossierId }, orgMember)).total).toBe(0);

    await h.call('dossier.audits.findings-recorded', { auditId: audit.id, version: audit.version }, auditor);
    expect(await dossierStatus(h, dossierId)).toBe('findings_open');

    nc1 = await instruct('dossier.findings.confirm', nc1);
    nc2 = await instruct('dossier.findings.confirm', nc2);
    expect((await h.call('dossier.findings.search', { dossierId }, orgMember)).total).toBe(2);

    nc1 = await instruct('dossier.findings.request-measures', nc1);
    // The shortcut: measures agreed at the closing meeting, proofs are asked for directly.
    nc2 = await instruct('dossier.findings.request-proofs', nc2);
    expect([nc1.status, nc2.status]).toEqual(['measures_requested', 'proofs_requested']);

    // Two measures drafted; the first edited and marked ready, the second left as a draft.
    nc1 = await h.call(
      'dossier.findings.items.add',
      { findingId: nc1.id, version: nc1.version, kind: 'measure', text: 'Rédiger la politique' },
      orgMember,
    );
    nc1 = await h.call(
      'dossier.findings.items.add',
      { findingId: nc1.id, version: nc1.version, kind: 'measure', text: 'Afficher la politique' },
      orgAdmin,
    );
    const [m1, m2] = itemsOf(nc1, 'measure');
    nc1 = await h.call(
      'dossier.findings.items.edit',
      {
        findingId: nc1.id,
        version: nc1.version,
        kind: 'measure',
        itemId: m1!.id,
        text: 'Rédiger et signer la politique',
      },
      orgMember,
    );
    nc1 = await setReady(nc1, 'measure', m1!.id);
    // A proof for the shortcut finding, marked ready but sent later with the other proofs.
    nc2 = await h.call(
      'dossier.findings.items.add',
      {
        findingId: nc2.id,
        version: nc2.version,
        kind: 'proof',
        text: 'Feuille d’émargement',
        documentIds: [await h.upload(`finding:${nc2.id}:proofs`, orgMember)],
      },
      orgMember,
    );
    const [p1] = itemsOf(nc2, 'proof');
    nc2 = await setReady(nc2, 'proof', p1!.id);

    const firstBatch = await h.call('dossier.findings.send', { dossierId, kind: 'measure' }, orgMember);
    expect(firstBatch.findings).toEqual([{ findingId: nc1.id, number: 'NC0001', itemIds: [m1!.id] }]);
    nc1 = await get(nc1);
    expect(nc1.status).toBe('measures_sent');
    expect(itemsOf(nc1, 'measure').map((i) => [i.id, i.status, i.ready])).toEqual([
      [m1!.id, 'sent', false],
      [m2!.id, 'draft', false],
    ]);
    expect(await h.failure('dossier.findings.send', { dossierId, kind: 'measure' }, orgMember)).toMatchObject(
      {
        code: 'invalid_transition',
      },
    );

    // Accepted, but a draft remains: the applicant still owes it.
    nc1 = await review(nc1, 'measure', m1!.id, 'accept');
    expect(nc1.status).toBe('measures_requested');
    nc1 = await setReady(nc1, 'measure', m2!.id);
    await h.call('dossier.findings.send', { dossierId, kind: 'measure' }, orgMember);
    nc1 = await get(nc1);
    expect(
      await h.failure(
        'dossier.findings.items.review',
        { findingId: nc1.id, version: nc1.version, kind: 'measure', itemId: m2!.id, decision: 'clarify' },
        analyst,
      ),
    ).toMatchObject({ code: 'validation_failed' });
    nc1 = await review(nc1, 'measure', m2!.id, 'clarify', 'Où sera-t-elle affichée ?');
    expect(nc1.status).toBe('measures_clarification');
    expect(itemsOf(nc1, 'measure')[1]).toMatchObject({
      status: 'clarification_requested',
      reviewComment: 'Où sera-t-elle affichée ?',
    });
    nc1 = await h.call(
      'dossier.findings.items.edit',
      {
        findingId: nc1.id,
        version: nc1.version,
        kind: 'measure',
        itemId: m2!.id,
        text: 'Afficher la politique à l’accueil',
      },
      orgMember,
    );
    nc1 = await setReady(nc1, 'measure', m2!.id);
    await h.call('dossier.findings.send', { dossierId, kind: 'measure' }, orgMember);
    nc1 = await get(nc1);
    nc1 = await review(nc1, 'measure', m2!.id, 'accept');
    expect(nc1.status).toBe('measures_accepted');
    nc1 = await instruct('dossier.findings.request-proofs', nc1);

    // Proofs of both findings leave in one batch; a proof not marked ready stays behind.
    nc1 = await h.call(
      'dossier.findings.items.add',
      {
        findingId: nc1.id,
        version: nc1.version,
        kind: 'proof',
        text: 'Politique signée',
        documentIds: [await h.upload(`finding:${nc1.id}:proofs`, orgMember)],
      },
      orgMember,
    );
    nc1 = await h.call(
      'dossier.findings.items.add',
      {
        findingId: nc1.id,
        version: nc1.version,
        kind: 'proof',
        text: 'Photo de l’affichage',
        documentIds: [await h.upload(`finding:${nc1.id}:proofs`, orgMember)],
      },
      orgMember,
    );
    const [p2, p3] = itemsOf(nc1, 'proof');
    nc1 = await setReady(nc1, 'proof', p2!.id);
    const proofs = await h.call('dossier.findings.send', { dossierId, kind: 'proof' }, orgMember);
    expect(proofs.findings).toEqual([
      { findingId: nc1.id, number: 'NC0001', itemIds: [p2!.id] },
      { findingId: nc2.id, number: 'NC0002', itemIds: [p1!.id] },
    ]);
    [nc1, nc2] = [await get(nc1), await get(nc2)];
    expect([nc1.status, nc2.status]).toEqual(['proofs_sent', 'proofs_sent']);
    expect(itemsOf(nc1, 'proof')[1]).toMatchObject({ id: p3!.id, status: 'draft' });

    // NC0002: a clarification, new documents, then acceptance closes it.
    nc2 = await review(nc2, 'proof', p1!.id, 'clarify', 'Émargement non signé');
    expect(nc2.status).toBe('proofs_clarification');
    nc2 = await h.call(
      'dossier.findings.items.edit',
      {
        findingId: nc2.id,
        version: nc2.version,
        kind: 'proof',
        itemId: p1!.id,
        documentIds: [await h.upload(`finding:${nc2.id}:proofs`, orgMember)],
      },
      orgMember,
    );
    nc2 = await setReady(nc2, 'proof', p1!.id);
    await h.call('dossier.findings.send', { dossierId, kind: 'proof' }, orgMember);
    nc2 = await get(nc2);
    nc2 = await review(nc2, 'proof', p1!.id, 'accept');
    expect(nc2).toMatchObject({ status: 'closed', open: false, closedAt: expect.any(String) });
    expect(await dossierStatus(h, dossierId)).toBe('findings_open');

    // NC0001: accepted with a draft left → proofs again; the last one closes it and the dossier moves.
    nc1 = await review(nc1, 'proof', p2!.id, 'accept');
    expect(nc1.status).toBe('proofs_requested');
    nc1 = await setReady(nc1, 'proof', p3!.id);
    await h.call('dossier.findings.send', { dossierId, kind: 'proof' }, orgMember);
    nc1 = await get(nc1);
    nc1 = await review(nc1, 'proof', p3!.id, 'accept');
    expect(nc1.status).toBe('closed');
    expect(await dossierStatus(h, dossierId)).toBe('decision_pending');

    expect(nc1.trail?.map((t) => t.action)).toEqual([
      'record',
      'confirm',
      'request_measures',
      'draft_measure',
      'draft_measure',
      'edit_measure',
      'mark_measure_ready',
      'send_measures',
      'review_measure',
      'mark_measure_ready',
      'send_measures',
      'review_measure',
      'edit_measure',
      'mark_measure_ready',
      'send_measures',
      'review_measure',
      'request_proofs',
      'draft_proof',
      'draft_proof',
      'mark_proof_ready',
      'send_proofs',
      'review_proof',
      'mark_proof_ready',
      'send_proofs',
      'review_proof',
    ]);
    expect(nc1.trail?.at(-1)).toMatchObject({ by: analyst.userId, from: 'proofs_sent', to: 'closed' });

    // Both findings' closures and the dossier's move: three aggregates, each relayed in its own order.
    const events = await h.waitForEvents(
      dossierId,
      (e) =>
        e.some(
          (x) =>
            x.type === 'certhub.dossier.status_changed.v1' &&
            (x.data as { to: string }).to === 'decision_pending',
        ) && e.filter((x) => x.type === 'certhub.dossier.finding_closed.v1').length === 2,
    );
    const of = (id: string) =>
      events.filter((e) => (e.data as { findingId?: string }).findingId === id).map((e) => e.type);
    expect(of(nc2.id)).toEqual([
      'certhub.finding.recorded.v1',
      'certhub.dossier.finding_raised.v1',
      'certhub.finding.proofs_requested.v1',
      'certhub.finding.proofs_sent.v1',
      'certhub.finding.proofs_reviewed.v1',
      'certhub.finding.proofs_sent.v1',
      'certhub.dossier.finding_closed.v1',
    ]);
    expect(of(nc1.id)).toEqual([
      'certhub.finding.recorded.v1',
      'certhub.dossier.finding_raised.v1',
      'certhub.finding.measures_requested.v1',
      'certhub.finding.measures_sent.v1',
      'certhub.finding.measures_reviewed.v1',
      'certhub.finding.measures_sent.v1',
      'certhub.finding.measures_reviewed.v1',
      'certhub.finding.measures_sent.v1',
      'certhub.finding.measures_reviewed.v1',
      'certhub.finding.proofs_requested.v1',
      'certhub.finding.proofs_sent.v1',
      'certhub.finding.proofs_reviewed.v1',
      'certhub.finding.proofs_sent.v1',
      'certhub.dossier.finding_closed.v1',
    ]);
    const closed = events.find(
      (e) =>
        e.type === 'certhub.dossier.finding_closed.v1' &&
        (e.data as { findingId: string }).findingId === nc1.id,
    );
    expect(closed?.data).toEqual({
      ...dossierEventPart(dossierId),
      findingId: nc1.id,
      number: 'NC0001',
      requirementId: '1.1',
      severity: 'major',
      raisedAt: nc1.recordedAt,
      at: expect.any(String),
      by: analyst.userId,
    });
    const sent = events
      .filter((e) => e.type === 'certhub.finding.proofs_sent.v1')
      .map((e) => e.data as { batchId: string; analystId: string });
    expect(sent[0]?.batchId).toBe(proofs.batchId);
    expect(sent[1]?.batchId).toBe(proofs.batchId);
    expect(sent[0]?.analystId).toBe(analyst.userId);
    // The dossier's own last move; its place among the findings' events depends on the relay's
    // passes (the outbox orders the events of one aggregate, not across aggregates).
    expect(events.filter((e) => e.type === 'certhub.dossier.status_changed.v1').at(-1)).toMatchObject({
      data: { from: 'findings_open', to: 'decision_pending', by: 'system' },
    });
  });

  it('keeps one paginated thread per finding between the applicant and the analyst', async () => {
    const audit = await completedAudit(h, past.take());
    let f = await recordFinding(h, audit.id);
    expect(
      await h.failure(
        'dossier.findings.messages.post',
        { findingId: f.id, body: 'trop tôt' },
        h.cast.analyst,
      ),
    ).toMatchObject({
      code: 'invalid_transition',
      details: { currentStatus: 'recorded' },
    });
    f = await h.call('dossier.findings.confirm', { findingId: f.id, version: f.version }, h.cast.analyst);
    const other = await recordFinding(h, audit.id);
    const q = await h.call(
      'dossier.findings.messages.post',
      { findingId: f.id, body: 'Quel format pour la politique ?' },
      h.cast.orgMember,
    );
    const a = await h.call(
      'dossier.findings.messages.post',
      { findingId: f.id, body: 'Un PDF signé suffit.' },
      h.cast.analyst,
    );
    expect(q).toMatchObject({ authorSide: 'applicant', authorId: h.cast.orgMember.userId });
    expect(a).toMatchObject({ authorSide: 'certification_body' });
    const page2 = await h.call(
      'dossier.findings.messages.list',
      { findingId: f.id, pageSize: 1, page: 2 },
      h.cast.orgAdmin,
    );
    expect(page2).toMatchObject({ total: 2, page: 2, items: [{ id: a.id, body: 'Un PDF signé suffit.' }] });
    expect(
      (await h.call('dossier.findings.messages.list', { findingId: other.id }, h.cast.analyst)).total,
    ).toBe(0);
    for (const as of [h.cast.otherCbAnalyst, h.cast.otherOrgAdmin]) {
      expect(await h.failure('dossier.findings.messages.list', { findingId: f.id }, as)).toMatchObject({
        code: 'not_found',
      });
      expect(
        await h.failure('dossier.findings.messages.post', { findingId: f.id, body: 'x' }, as),
      ).toMatchObject({ code: 'not_found' });
    }
    const events = await h.waitForEvents(
      audit.dossierId,
      (e) => e.filter((x) => x.type === 'certhub.finding.message_posted.v1').length === 2,
    );
    expect(
      events
        .filter((e) => e.type === 'certhub.finding.message_posted.v1')
        .map((e) => (e.data as { authorSide: string }).authorSide),
    ).toEqual(['applicant', 'certification_body']);
  });

  it('goes to decision when the only finding is rejected, or when none was recorded', async () => {
    const audit = await completedAudit(h, past.take());
    const f = await recordFinding(h, audit.id);
    await h.call(
      'dossier.audits.findings-recorded',
      { auditId: audit.id, version: audit.version },
      h.cast.auditor,
    );
    expect(await dossierStatus(h, audit.dossierId)).toBe('findings_open');
    const rejected = await h.call(
      'dossier.findings.reject',
      { findingId: f.id, version: f.version, reason: 'Hors périmètre' },
      h.cast.analyst,
    );
    expect(rejected).toMatchObject({ status: 'rejected', open: false, rejectionReason: 'Hors périmètre' });
    expect(await dossierStatus(h, audit.dossierId)).toBe('decision_pending');
    expect(await h.failure('dossier.findings.get', { findingId: f.id }, h.cast.orgAdmin)).toMatchObject({
      code: 'not_found',
    });

    const clean = await completedAudit(h, past.take());
    const declared = await h.call(
      'dossier.audits.findings-recorded',
      { auditId: clean.id, version: clean.version },
      h.cast.auditor,
    );
    expect(declared).toMatchObject({ status: 'findings_recorded', findingsRecordedAt: expect.any(String) });
    expect(await dossierStatus(h, clean.dossierId)).toBe('decision_pending');
  });

  it('lists overdue findings most overdue first unless a sort is asked for', async () => {
    const audit = await completedAudit(h, past.take());
    const mostOverdue = await recordFinding(h, audit.id, { dueDate: day(-9) });
    const lessOverdue = await recordFinding(h, audit.id, { dueDate: day(-2) });
    const ids = (q: Record<string, unknown>) =>
      h
        .call('dossier.findings.search', { dossierId: audit.dossierId, ...q }, h.cast.analyst)
        .then((p) => p.items.map((f) => f.id));
    expect(await ids({ overdue: 'true' })).toEqual([mostOverdue.id, lessOverdue.id]);
    expect(await ids({ overdue: 'true', sort: '-number' })).toEqual([lessOverdue.id, mostOverdue.id]);
  });

  it('searches findings by state, requirement, severity, dossier and overdue, scoped to the caller', async () => {
    const audit = await completedAudit(h, past.take());
    const overdue = await recordFinding(h, audit.id, {
      requirementId: '3.1',
      severity: 'minor',
      dueDate: day(-3),
    });
    const onTime = await recordFinding(h, audit.id, {
      requirementId: '1.2',
      severity: 'major',
      dueDate: day(30),
    });
    const gone = await recordFinding(h, audit.id, {
      requirementId: '1.2',
      severity: 'major',
      dueDate: day(-3),
    });
    await h.call(
      'dossier.findings.reject',
      { findingId: gone.id, version: gone.version, reason: 'doublon' },
      h.cast.analyst,
    );
    const ids = (q: Record<string, unknown>, as: Principal = h.cast.analyst) =>
      h
        .call('dossier.findings.search', { dossierId: audit.dossierId, pageSize: 100, ...q }, as)
        .then((p) => p.items.map((f) => f.id).sort());
    const sorted = (...xs: string[]) => xs.sort();
    expect(await ids({})).toEqual(sorted(overdue.id, onTime.id, gone.id));
    expect(await ids({ state: 'open' })).toEqual(sorted(overdue.id, onTime.id));
    expect(await ids({ state: 'closed' })).toEqual([]);
    expect(await ids({ status: 'rejected' })).toEqual([gone.id]);
    expect(await ids({ overdue: 'true' })).toEqual([overdue.id]);
    expect(await ids({ overdue: 'false' })).toEqual(sorted(onTime.id, gone.id));
    expect(await ids({ requirementId: '1.2' })).toEqual(sorted(onTime.id, gone.id));
    expect(await ids({ severity: 'minor' })).toEqual([overdue.id]);
    expect(await ids({ auditId: audit.id, severity: 'major', state: 'open' })).toEqual([onTime.id]);
    const [first] = (
      await h.call(
        'dossier.findings.search',
        { dossierId: audit.dossierId, state: 'open', sort: 'dueDate', pageSize: 1 },
        h.cast.analyst,
      )
    ).items;
    expect(first).toMatchObject({ overdue: true });
    expect(await ids({}, h.cast.auditor)).toEqual(sorted(overdue.id, onTime.id, gone.id));
    expect(await ids({}, h.cast.unbookedAuditor)).toEqual([]);
    expect(await ids({}, h.cast.otherCbAnalyst)).toEqual([]);
    expect(await ids({}, h.cast.otherOrgAdmin)).toEqual([]);
    // The applicant sees none of them yet: nothing was confirmed.
    expect(await ids({}, h.cast.orgAdmin)).toEqual([]);
    for (const as of h.outsiders) {
      expect(await h.failure('dossier.findings.get', { findingId: overdue.id }, as)).toMatchObject({
        code: 'not_found',
      });
      expect(
        await h.failure('dossier.findings.confirm', { findingId: overdue.id, version: 0 }, as),
      ).toMatchObject({ code: 'not_found' });
      expect(
        await h.failure(
          'dossier.findings.record',
          { auditId: audit.id, requirementId: '1.1', severity: 'major', description: 'x', dueDate: day(9) },
          as,
        ),
      ).toMatchObject({ code: 'not_found' });
    }
    expect(
      await h.failure(
        'dossier.findings.send',
        { dossierId: audit.dossierId, kind: 'measure' },
        h.cast.otherOrgAdmin,
      ),
    ).toMatchObject({ code: 'not_found' });
  });
});
