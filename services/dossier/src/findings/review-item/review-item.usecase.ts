import { Injectable } from '@nestjs/common';
import type { CloudEvent, FindingItemKind, FindingStatus, Principal } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { replace } from '../edit-items/edit-items.usecase';
import { dossierFindingRef, findingEvent, findingRef } from '../finding-events';
import { FindingLifecycle } from '../finding-lifecycle';
import type { FindingDoc, FindingItem } from '../finding.schema';

const OUTCOMES: Record<
  FindingItemKind,
  { clarify: FindingStatus; more: FindingStatus; accepted: FindingStatus }
> = {
  measure: { clarify: 'measures_clarification', more: 'measures_requested', accepted: 'measures_accepted' },
  proof: { clarify: 'proofs_clarification', more: 'proofs_requested', accepted: 'closed' },
};

/**
 * The analyst reviews each sent measure or proof: accepts it or asks for its clarification
 * (docs/domain/organisation-certification.md#corrective-measures, #material-proofs). Once every sent
 * item is reviewed the finding moves on: back to the applicant when something must be clarified
 * or drafts remain, else measures accepted, or — for proofs — the finding is closed.
 */
@Injectable()
export class ReviewItem {
  constructor(private readonly findings: FindingLifecycle) {}

  readonly execute: RpcHandler<'dossier.findings.items.review'> = (principal, request) => {
    const action = request.kind === 'measure' ? 'review_measure' : 'review_proof';
    return this.findings.command(principal, request, action, (f, now) => {
      const item = f.items.find((i) => i.id === request.itemId && i.kind === request.kind);
      if (!item) throw DomainError.notFound(`item ${request.itemId} of finding ${f.number}`);
      if (item.status !== 'sent')
        throw new DomainError(
          'invalid_transition',
          `the ${item.kind} is ${item.status}: only sent items are reviewed`,
          {
            currentStatus: f.status,
            itemStatus: item.status,
          },
        );
      if (request.decision === 'clarify' && !request.comment)
        throw new DomainError('validation_failed', 'a clarification request says what must be clarified', [
          { field: 'comment', message: 'required when decision is clarify' },
        ]);
      const items = replace(f, item.id, (i) => ({
        ...i,
        status: request.decision === 'accept' ? 'accepted' : 'clarification_requested',
        ...(request.comment ? { reviewComment: request.comment } : {}),
        reviewedAt: now,
        updatedAt: now,
      }));
      return {
        $set: { items },
        to: outcomeOf(f, items, request.kind),
        what: `${item.kind} ${request.decision === 'accept' ? 'accepted' : `sent back for clarification: ${request.comment}`}`,
        after: { itemId: item.id, decision: request.decision },
        events: (status) =>
          status === f.status ? [] : [this.reviewed(f, status, request.kind, principal, now)],
      };
    });
  };

  private reviewed(
    f: FindingDoc,
    to: FindingStatus,
    kind: FindingItemKind,
    principal: Principal,
    now: Date,
  ): CloudEvent {
    const at = { at: now.toISOString(), by: principal.userId };
    const base = { ...findingRef(f), ...at };
    const outcome = to === OUTCOMES[kind].clarify ? 'clarification_requested' : 'more_expected';
    if (to === 'closed') {
      return findingEvent(
        'certhub.dossier.finding_closed.v1',
        {
          ...dossierFindingRef(f),
          ...at,
          requirementId: f.requirementId,
          severity: f.severity,
          raisedAt: new Date(f.recordedAt).toISOString(),
        },
        f,
        now,
      );
    }
    if (kind === 'measure') {
      return findingEvent(
        'certhub.finding.measures_reviewed.v1',
        { ...base, outcome: to === 'measures_accepted' ? 'accepted' : outcome },
        f,
        now,
      );
    }
    return findingEvent('certhub.finding.proofs_reviewed.v1', { ...base, outcome }, f, now);
  }
}

/** Where the finding goes once the item is reviewed (see the table's `review` rows). */
function outcomeOf(f: FindingDoc, items: FindingItem[], kind: FindingItemKind): FindingStatus {
  const mine = items.filter((i) => i.kind === kind);
  if (mine.some((i) => i.status === 'sent')) return f.status;
  if (mine.some((i) => i.status === 'clarification_requested')) return OUTCOMES[kind].clarify;
  if (mine.some((i) => i.status === 'draft')) return OUTCOMES[kind].more;
  return OUTCOMES[kind].accepted;
}
