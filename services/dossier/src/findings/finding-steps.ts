import { Injectable, Logger } from '@nestjs/common';
import {
  SYSTEM_PRINCIPAL,
  type CloudEvent,
  type FindingItemKind,
  type FindingStatus,
  type Principal,
} from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { DocumentContexts } from '../audits/document-contexts';
import { DossierLifecycle } from '../lifecycle/dossier-lifecycle.service';
import { findingScope } from './finding-access';
import { FindingRepository } from './finding.repository';
import type { FindingDoc } from './finding.schema';
import {
  FINDING_DONE,
  findingTransitionFor,
  type FindingAction,
  type FindingTransition,
} from './finding.table';

/** What a step changes, decided by its use case from the finding as loaded. */
export interface StepChange {
  $set?: Partial<FindingDoc>;
  /** The outcome of a `review` row (the table lists the action's possible targets). */
  to?: FindingStatus;
  what: string;
  before?: unknown;
  after?: unknown;
  events?: (to: FindingStatus) => CloudEvent[];
}

const RETRIES = 3;

export const kindOfAction = (action: FindingAction): FindingItemKind | undefined =>
  action.endsWith('_measure') || action.endsWith('_measures')
    ? 'measure'
    : action.endsWith('_proof') || action.endsWith('_proofs')
      ? 'proof'
      : undefined;

/**
 * The one way a finding changes: the table decides whether the action is allowed in the current
 * status and to whom, the guards check the finding's data, and one versioned update writes the
 * status, the data, the trail entry and the events together. When a finding stops being open
 * (closed, rejected) and none is left open, the dossier goes to decision as the platform itself.
 */
@Injectable()
export class FindingSteps {
  private readonly logger = new Logger(FindingSteps.name);

  constructor(
    private readonly findings: FindingRepository,
    private readonly lifecycle: DossierLifecycle,
    private readonly contexts: DocumentContexts,
  ) {}

  async load(principal: Principal, findingId: string): Promise<FindingDoc> {
    const finding = await this.findings.findVisible(findingScope(principal), findingId);
    if (!finding) throw DomainError.notFound(`finding ${findingId}`);
    return finding;
  }

  /** Version, table, roles, guards, in that order (409 stale, 409 with the current status, 403, 409). */
  check(
    finding: FindingDoc,
    action: FindingAction,
    principal: Principal,
    version?: number,
  ): FindingTransition {
    if (version !== undefined && finding.version !== version) {
      throw new DomainError(
        'stale_version',
        `finding ${finding.number} changed since version ${version}: reload it`,
        {
          currentStatus: finding.status,
          currentVersion: finding.version,
        },
      );
    }
    const row = findingTransitionFor(finding.status, action);
    if (!row) {
      throw new DomainError(
        'invalid_transition',
        `${action} is not allowed while the finding is ${finding.status}`,
        {
          currentStatus: finding.status,
          action,
        },
      );
    }
    if (!principal.roles.some((r) => row.by.includes(r)))
      throw DomainError.forbidden(`${action} is for ${row.by.join(', ')}`);
    const kind = kindOfAction(action);
    const failing = (row.guards ?? []).find((guard) =>
      guard === 'ready_items'
        ? !finding.items.some((i) => i.kind === kind && i.status === 'draft' && i.ready)
        : !finding.closingMeetingMeasures,
    );
    if (failing) {
      throw new DomainError(
        'invalid_transition',
        `${action} is not allowed while the finding is ${finding.status}: ${failing} does not hold`,
        { currentStatus: finding.status, action, guard: failing },
      );
    }
    return row;
  }

  /**
   * Applies `action` to the finding. With a version (user commands) a concurrent change is a 409;
   * without (the batch send) the step is re-read and re-checked a few times.
   */
  async apply(
    principal: Principal,
    finding: FindingDoc,
    action: FindingAction,
    version: number | undefined,
    change: (f: FindingDoc, now: Date) => StepChange,
  ): Promise<FindingDoc> {
    for (let attempt = 0, current = finding; ; attempt += 1) {
      const row = this.check(current, action, principal, version);
      const now = new Date();
      const step = change(current, now);
      const to: FindingStatus =
        row.to === 'same' ? current.status : row.to === 'review' ? (step.to ?? current.status) : row.to;
      const done = FINDING_DONE.includes(to);
      const events = step.events?.(to) ?? [];
      const updated = await this.findings.applyAtVersion(current, current.version, {
        $set: { ...step.$set, status: to, open: !done, ...(to === 'closed' ? { closedAt: now } : {}) },
        trail: {
          at: now,
          by: principal.userId,
          action,
          from: current.status,
          to,
          what: step.what,
          ...(step.before === undefined ? {} : { before: step.before }),
          ...(step.after === undefined ? {} : { after: step.after }),
        },
        events,
      });
      if (updated) {
        await this.after(current, updated);
        return updated;
      }
      if (version !== undefined || attempt >= RETRIES) {
        throw new DomainError(
          'stale_version',
          `finding ${current.number} was changed meanwhile: reload it and retry`,
          {
            currentStatus: current.status,
          },
        );
      }
      current = await this.load(principal, current._id);
    }
  }

  private async after(before: FindingDoc, finding: FindingDoc): Promise<void> {
    if (finding.status === 'proofs_requested' && before.status !== 'proofs_requested')
      this.contexts.findingProofs(finding);
    if (!finding.open && before.open) await this.requestDecisionIfLast(finding);
  }

  /** The last open non-conformity of the dossier is done: the dossier waits for its decision. */
  async requestDecisionIfLast(finding: Pick<FindingDoc, 'cbId' | 'dossierId'>): Promise<void> {
    if ((await this.findings.countOpen(finding.cbId, { dossierId: finding.dossierId })) > 0) return;
    try {
      await this.lifecycle.apply({
        dossierId: finding.dossierId,
        action: 'request_decision',
        principal: SYSTEM_PRINCIPAL,
        trail: { what: 'every non-conformity of the audit is closed: the dossier awaits its decision' },
      });
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
