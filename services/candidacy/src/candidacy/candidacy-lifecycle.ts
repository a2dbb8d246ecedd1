import { Injectable } from '@nestjs/common';
import {
  CANDIDACY_TABLE,
  type CandidacyAction,
  type CandidacyGuard,
  type CandidacyStatus,
} from '@certhub/contracts';
import { GuardRegistry, VersionedAggregate, type GuardCheck } from '@certhub/platform';
import { candidateEvent } from './candidacy-events';
import { CandidacyStanding, habilitationNotInForce } from './candidacy-standing';
import { CandidateRepository } from './candidate.repository';
import { certificationChecklist } from './certification-checklist';
import type { CandidateView } from './candidate.schema';

/** The guards that read the candidate's own data; evaluations register `habilitation_valid`. */
export const CANDIDATE_GUARDS = {
  nothing_recorded: (c: CandidateView) => c.recorded === 0,
  // The certificate is printed and posted from these: the guide's check list before sending.
  identity_complete: (c: CandidateView) => certificationChecklist(c).ready,
  // Only a final evaluation needs it: a certificate of attendance recorded after the latest evaluation.
  trained_since_evaluation: (c: CandidateView) =>
    c.status !== 'awaiting_final_evaluation' ||
    Boolean(c.attendedAt && (!c.evaluatedAt || new Date(c.attendedAt) > new Date(c.evaluatedAt))),
} as const satisfies Partial<Record<CandidacyGuard, GuardCheck<CandidateView, CandidacyAction>>>;

/**
 * The candidacy on the platform's versioned write path: the table, its guards, the perimeter's
 * read scope, the standing of the dossier's establishment (candidacy-standing.ts: an inactive
 * one's dossiers are read-only for the training side), and the `status_changed` event every change
 * of status adds.
 */
@Injectable()
export class CandidacyLifecycle extends VersionedAggregate<
  CandidateView,
  CandidacyStatus,
  CandidacyAction,
  CandidacyGuard
> {
  readonly guards: GuardRegistry<CandidateView, CandidacyGuard, CandidacyAction>;

  constructor(candidates: CandidateRepository, standing: CandidacyStanding) {
    const guards = new GuardRegistry<CandidateView, CandidacyGuard, CandidacyAction>(CANDIDATE_GUARDS);
    super({
      kind: 'candidacy',
      label: (c) => `candidacy ${c.reference}`,
      table: CANDIDACY_TABLE,
      store: candidates,
      guards,
      admit: (principal, action, c) =>
        standing.admit(principal, action, c, async () => {
          const context = { principal, action, now: new Date() };
          return (await guards.firstFailing(['habilitation_valid'], c, context)) === undefined;
        }),
      guardRefusal: (guard, action, c) =>
        guard === 'habilitation_valid' ? habilitationNotInForce(c, action) : undefined,
      statusFields: (_to, _current, now) => ({ updatedAt: now }),
      transitionEvents: (c, to, { principal, now }) => [
        candidateEvent(
          c,
          'certhub.candidacy.status_changed.v1',
          { from: c.status, to, action: 'status_change', changedBy: principal.userId },
          now,
        ),
      ],
    });
    this.guards = guards;
  }
}
