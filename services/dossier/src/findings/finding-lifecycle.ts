import { Injectable, Logger } from '@nestjs/common';
import {
  SYSTEM_PRINCIPAL,
  type FindingItemKind,
  type FindingResponse,
  type FindingStatus,
  type Principal,
  FINDING_DONE,
  FINDING_TABLE,
  type FindingAction,
  type FindingGuard,
} from '@certhub/contracts';
import {
  DomainError,
  GuardRegistry,
  VersionedAggregate,
  type Applied,
  type ApplyOptions,
  type Change,
} from '@certhub/platform';
import { DocumentContexts } from '../evidence/document-contexts';
import { ActiveOrganisations } from '../lifecycle/active-organisations';
import { DossierLifecycle } from '../lifecycle/dossier-lifecycle';
import { toFindingResponse } from './finding.mapper';
import { FindingRepository } from './finding.repository';
import type { FindingDoc } from './finding.schema';

export const kindOfAction = (action: FindingAction): FindingItemKind | undefined =>
  action.endsWith('_measure') || action.endsWith('_measures')
    ? 'measure'
    : action.endsWith('_proof') || action.endsWith('_proofs')
      ? 'proof'
      : undefined;

/**
 * The finding on the platform's versioned write path: its table and guards, the principal's read
 * scope, its `open` flag kept with the status. After a change, what follows from it in other
 * aggregates: its document context follows its status (closed when it is done), and when the last open non-conformity of
 * the dossier stops being open (closed, rejected) the dossier goes to decision as the platform itself.
 */
@Injectable()
export class FindingLifecycle extends VersionedAggregate<
  FindingDoc,
  FindingStatus,
  FindingAction,
  FindingGuard
> {
  private readonly logger = new Logger(FindingLifecycle.name);

  constructor(
    private readonly findings: FindingRepository,
    private readonly lifecycle: DossierLifecycle,
    private readonly contexts: DocumentContexts,
    organisations: ActiveOrganisations,
  ) {
    super({
      kind: 'finding',
      admit: (principal) => organisations.require(principal, 'answer its findings'),
      label: (f) => `finding ${f.number}`,
      table: FINDING_TABLE,
      store: findings,
      guards: new GuardRegistry<FindingDoc, FindingGuard, FindingAction>({
        ready_items: (f, { action }) =>
          f.items.some((i) => i.kind === kindOfAction(action) && i.status === 'draft' && i.ready),
        measures_agreed_at_closing: (f) => Boolean(f.closingMeetingMeasures),
      }),
      statusFields: (to, _current, now) => ({
        open: !FINDING_DONE.includes(to),
        ...(to === 'closed' ? { closedAt: now } : {}),
      }),
    });
  }

  override async apply<C extends Change<FindingStatus>>(
    principal: Principal,
    target: string | FindingDoc,
    action: FindingAction,
    decide: (current: FindingDoc, now: Date) => C | Promise<C>,
    options?: ApplyOptions,
  ): Promise<Applied<FindingDoc, C>> {
    const applied = await super.apply(principal, target, action, decide, options);
    const { before, after } = applied;
    // Its documents' context follows the finding: open while the applicant may answer, closed
    // once it is done (what it rested on is evidence).
    if (after.status !== before.status)
      await Promise.all([this.contexts.findingProofs(after), this.contexts.findingEvidence(after)]);
    if (!after.open && before.open) await this.requestDecisionIfLast(after);
    return applied;
  }

  /**
   * A user's command on one finding, at the version its caller saw (409 when it moved on),
   * answered with the finding and its trail.
   */
  async command<C extends Change<FindingStatus>>(
    principal: Principal,
    request: { findingId: string; version?: number },
    action: FindingAction,
    decide: (current: FindingDoc, now: Date) => C | Promise<C>,
  ): Promise<FindingResponse> {
    const { after } = await this.apply(principal, request.findingId, action, decide, {
      expectedVersion: request.version,
    });
    return toFindingResponse(after, { withTrail: true });
  }

  /** The last open non-conformity of the dossier is done: the dossier waits for its decision. */
  private async requestDecisionIfLast(finding: Pick<FindingDoc, 'cbId' | 'dossierId'>): Promise<void> {
    if ((await this.findings.countOpen(finding.cbId, { dossierId: finding.dossierId })) > 0) return;
    try {
      await this.lifecycle.apply(SYSTEM_PRINCIPAL, finding.dossierId, 'request_decision', () => ({
        what: 'every non-conformity of the audit is closed: the dossier awaits its decision',
      }));
    } catch (error) {
      // Not in findings_open (the auditor has not declared the findings recorded yet, or another
      // closure got there first): declaring them recorded will request the decision.
      if (error instanceof DomainError && error.code === 'invalid_transition') return;
      this.logger.error(
        { err: error, dossierId: finding.dossierId },
        'request_decision after the last closure failed',
      );
      throw error;
    }
  }
}
