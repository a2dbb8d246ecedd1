import {
  FINDING_ACTIONS,
  type FindingAction,
  type FindingResponse,
  type Principal,
} from '@certhub/contracts';
import { Calendar, completedAudit, recordFinding } from './audits-fixtures';
import { DossierHarness } from './support/dossier-harness';

type Status = FindingResponse['status'];
type Action = FindingAction;

/** Every action of the table: one added later is walked without touching this file. */
const ACTIONS: readonly Action[] = FINDING_ACTIONS;

/** Actions that change data within the status (the table's `same`). */
const SAME: Action[] = [
  'draft_measure',
  'edit_measure',
  'mark_measure_ready',
  'draft_proof',
  'edit_proof',
  'mark_proof_ready',
  'post_message',
  'reclassify_on_appeal',
];

const MEASURES_OPEN: Action[] = [
  'draft_measure',
  'edit_measure',
  'mark_measure_ready',
  'send_measures',
  'post_message',
];
const PROOFS_OPEN: Action[] = [
  'draft_proof',
  'edit_proof',
  'mark_proof_ready',
  'send_proofs',
  'post_message',
];

/** What the finding table allows, written out again here so that the test is not the table itself. */
const ALLOWED: Record<Status, Action[]> = {
  recorded: ['confirm', 'reject'],
  rejected: [],
  // request_proofs from confirmed only with measures agreed at the closing meeting (see below).
  confirmed: ['request_measures', 'post_message', 'reclassify_on_appeal'],
  measures_requested: [...MEASURES_OPEN, 'reclassify_on_appeal'],
  measures_sent: [...MEASURES_OPEN, 'review_measure', 'reclassify_on_appeal'],
  measures_clarification: [...MEASURES_OPEN, 'reclassify_on_appeal'],
  measures_accepted: ['request_proofs', 'post_message', 'reclassify_on_appeal'],
  proofs_requested: [...PROOFS_OPEN, 'reclassify_on_appeal'],
  proofs_sent: [...PROOFS_OPEN, 'review_proof', 'reclassify_on_appeal'],
  proofs_clarification: [...PROOFS_OPEN, 'reclassify_on_appeal'],
  closed: ['post_message', 'reclassify_on_appeal'],
};

/**
 * Every (finding status, action) pair of the finding table, through the real service: allowed
 * pairs succeed on a finding brought to that status, the others answer 409 with the current status.
 */
describe('the finding table, pair by pair', () => {
  let h: DossierHarness;
  const past = new Calendar(-900);

  beforeAll(async () => {
    h = await DossierHarness.start();
  }, 120_000);
  afterAll(() => h?.stop());

  const as = (action: Action): Principal =>
    /^(draft|edit|mark|send)_/.test(action)
      ? h.cast.orgMember
      : action === 'reclassify_on_appeal'
        ? h.cast.decider
        : h.cast.analyst;
  const reload = (f: FindingResponse) => h.call('dossier.findings.get', { findingId: f.id }, h.cast.analyst);
  const sentItem = (f: FindingResponse, kind: 'measure' | 'proof') =>
    f.items.find((i) => i.kind === kind && i.status === 'sent')?.id ?? 'no-sent-item';
  const anyItem = (f: FindingResponse, kind: 'measure' | 'proof') =>
    f.items.find((i) => i.kind === kind && i.status !== 'sent' && i.status !== 'accepted')?.id ?? 'no-item';

  /**
   * A document uploaded into the finding's context; where the finding does not take documents
   * (its context is not open), an id the table refuses before it is ever checked.
   */
  const documentOf = (f: FindingResponse) =>
    h.upload(`finding:${f.id}:proofs`, h.cast.orgMember).catch(() => 'no-open-context');

  /** Performs the action with plausible arguments; for sends, first drafts an item marked ready. */
  async function perform(action: Action, f: FindingResponse): Promise<unknown> {
    const base = { findingId: f.id, version: f.version };
    const kind = action.includes('proof') ? ('proof' as const) : ('measure' as const);
    switch (action) {
      case 'confirm':
        return h.call('dossier.findings.confirm', base, as(action));
      case 'reject':
        return h.call('dossier.findings.reject', { ...base, reason: 'hors périmètre' }, as(action));
      case 'request_measures':
        return h.call('dossier.findings.request-measures', base, as(action));
      case 'request_proofs':
        return h.call('dossier.findings.request-proofs', base, as(action));
      case 'draft_measure':
      case 'draft_proof':
        return h.call(
          'dossier.findings.items.add',
          { ...base, kind, text: 'item', documentIds: [await documentOf(f)] },
          as(action),
        );
      case 'edit_measure':
      case 'edit_proof':
        return h.call(
          'dossier.findings.items.edit',
          { ...base, kind, itemId: anyItem(f, kind), text: 'edited' },
          as(action),
        );
      case 'mark_measure_ready':
      case 'mark_proof_ready':
        return h.call(
          'dossier.findings.items.set-ready',
          { ...base, kind, itemId: anyItem(f, kind), ready: true },
          as(action),
        );
      case 'review_measure':
      case 'review_proof':
        return h.call(
          'dossier.findings.items.review',
          { ...base, kind, itemId: sentItem(f, kind), decision: 'accept' },
          as(action),
        );
      case 'send_measures':
      case 'send_proofs':
        return h.call('dossier.findings.send', { dossierId: f.dossierId, kind }, as(action));
      case 'post_message':
        return h.call('dossier.findings.messages.post', { findingId: f.id, body: 'message' }, as(action));
      case 'reclassify_on_appeal':
        return h.call(
          'dossier.appeals.review',
          {
            dossierId: f.dossierId,
            appealReference: 'DEMO-A2026-00001',
            decision: 'finding_classification',
            contestedId: f.id,
            reason: 'recours admis',
            severity: f.severity === 'major' ? 'minor' : 'major',
          },
          as(action),
        );
    }
  }

  /** Drafts an item of `kind` marked ready (the applicant's preparation of a send). */
  async function readyItem(f: FindingResponse, kind: 'measure' | 'proof'): Promise<FindingResponse> {
    const added = await h.call(
      'dossier.findings.items.add',
      { findingId: f.id, version: f.version, kind, text: kind, documentIds: [await documentOf(f)] },
      h.cast.orgMember,
    );
    const item = added.items.at(-1)!;
    return h.call(
      'dossier.findings.items.set-ready',
      { findingId: f.id, version: added.version, kind, itemId: item.id, ready: true },
      h.cast.orgMember,
    );
  }

  const send = async (f: FindingResponse, kind: 'measure' | 'proof') => {
    await h.call('dossier.findings.send', { dossierId: f.dossierId, kind }, h.cast.orgMember);
    return reload(f);
  };
  const review = (f: FindingResponse, kind: 'measure' | 'proof', decision: 'accept' | 'clarify') =>
    h.call(
      'dossier.findings.items.review',
      {
        findingId: f.id,
        version: f.version,
        kind,
        itemId: sentItem(f, kind),
        decision,
        comment: 'à préciser',
      },
      h.cast.analyst,
    );

  /** A finding of its own dossier (sends are per dossier) brought to `status` through the service. */
  async function findingIn(
    status: Status,
    options: { closingMeeting?: boolean } = {},
  ): Promise<FindingResponse> {
    const audit = await completedAudit(h, past.take());
    let f = await recordFinding(
      h,
      audit.id,
      options.closingMeeting ? { closingMeetingMeasures: 'convenu en réunion de clôture' } : {},
    );
    const step = async (to: Status, run: () => Promise<FindingResponse>) => {
      if (f.status === status) return;
      f = await run();
      expect(f.status).toBe(to);
    };
    const analyst = h.cast.analyst;
    await step(status === 'rejected' ? 'rejected' : 'confirmed', () =>
      status === 'rejected'
        ? h.call('dossier.findings.reject', { findingId: f.id, version: f.version, reason: 'r' }, analyst)
        : h.call('dossier.findings.confirm', { findingId: f.id, version: f.version }, analyst),
    );
    if (f.status === status) return f;
    await step('measures_requested', () =>
      h.call('dossier.findings.request-measures', { findingId: f.id, version: f.version }, analyst),
    );
    await step('measures_sent', async () => send(await readyItem(f, 'measure'), 'measure'));
    if (status === 'measures_clarification') return review(f, 'measure', 'clarify');
    await step('measures_accepted', () => review(f, 'measure', 'accept'));
    await step('proofs_requested', () =>
      h.call('dossier.findings.request-proofs', { findingId: f.id, version: f.version }, analyst),
    );
    await step('proofs_sent', async () => send(await readyItem(f, 'proof'), 'proof'));
    if (status === 'proofs_clarification') return review(f, 'proof', 'clarify');
    await step('closed', () => review(f, 'proof', 'accept'));
    return f;
  }

  /** Allowed sends need a ready item first; the rest run as they are. */
  async function prepared(action: Action, f: FindingResponse): Promise<FindingResponse> {
    if (action === 'send_measures') return readyItem(f, 'measure');
    if (action === 'send_proofs') return readyItem(f, 'proof');
    if (action === 'edit_measure' || action === 'mark_measure_ready')
      return anyItem(f, 'measure') === 'no-item' ? draft(f, 'measure') : f;
    if (action === 'edit_proof' || action === 'mark_proof_ready')
      return anyItem(f, 'proof') === 'no-item' ? draft(f, 'proof') : f;
    return f;
  }
  const draft = async (f: FindingResponse, kind: 'measure' | 'proof') =>
    h.call(
      'dossier.findings.items.add',
      { findingId: f.id, version: f.version, kind, text: kind, documentIds: [await documentOf(f)] },
      h.cast.orgMember,
    );

  const STATUSES = Object.keys(ALLOWED) as Status[];

  it.each(STATUSES)(
    'in %s: allowed actions succeed, every other answers 409 with the current status',
    async (status) => {
      // One finding for the refusals (they change nothing), a fresh one for each allowed action.
      const fixture = await findingIn(status);
      const failures: string[] = [];
      for (const action of ACTIONS.filter((a) => !ALLOWED[status].includes(a))) {
        const current = await reload(fixture);
        const error = await perform(action, current).then(
          () => undefined,
          (e: { code: string; details?: { currentStatus?: string; findings?: { status: string }[] } }) => e,
        );
        const reported = error?.details?.currentStatus ?? error?.details?.findings?.[0]?.status;
        // The applicant does not see a finding before the analyst confirmed it
        // (docs/domain/organisation-certification.md#visibility-to-the-applicant): 404, and a send finds
        // nothing of the dossier to report.
        const hidden = (status === 'recorded' || status === 'rejected') && as(action) === h.cast.orgMember;
        if (hidden) {
          const expected = action.startsWith('send_') ? 'invalid_transition' : 'not_found';
          if (error?.code !== expected || reported !== undefined)
            failures.push(`${action}: ${error?.code ?? 'succeeded'}`);
          continue;
        }
        if (error?.code !== 'invalid_transition' || reported !== status)
          failures.push(`${action}: ${error ? `${error.code} (${String(reported)})` : 'succeeded'}`);
      }
      for (const action of ALLOWED[status]) {
        // Data changes within the status run on the shared finding; status changes on a fresh one.
        const f = await prepared(
          action,
          SAME.includes(action) ? await reload(fixture) : await findingIn(status),
        );
        await perform(action, f).catch((e: { code: string; message: string }) =>
          failures.push(`${action}: ${e.code} ${e.message}`),
        );
      }
      expect(failures).toEqual([]);
      expect((await reload(fixture)).status).toBe(status);
    },
    240_000,
  );

  it('confirmed × request_proofs: allowed only with measures agreed at the closing meeting (the shortcut)', async () => {
    const plain = await findingIn('confirmed');
    await expect(perform('request_proofs', plain)).rejects.toMatchObject({
      code: 'invalid_transition',
      details: { currentStatus: 'confirmed', guard: 'measures_agreed_at_closing' },
    });
    const agreed = await findingIn('confirmed', { closingMeeting: true });
    await expect(perform('request_proofs', agreed)).resolves.toMatchObject({ status: 'proofs_requested' });
  }, 120_000);

  it('refuses a send with nothing marked ready, and a role that may not act (403)', async () => {
    const f = await findingIn('measures_requested');
    const withDraft = await draft(f, 'measure');
    await expect(perform('send_measures', withDraft)).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(
      h.call('dossier.findings.confirm', { findingId: f.id, version: withDraft.version }, h.cast.auditor),
    ).rejects.toMatchObject({ code: 'invalid_transition' });
    const recorded = await findingIn('recorded');
    await expect(
      h.call(
        'dossier.findings.confirm',
        { findingId: recorded.id, version: recorded.version },
        h.cast.auditor,
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      h.call(
        'dossier.findings.confirm',
        { findingId: recorded.id, version: recorded.version + 5 },
        h.cast.analyst,
      ),
    ).rejects.toMatchObject({ code: 'stale_version' });
  }, 120_000);
});
