import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import type { EvaluationEntry } from '../../candidacy/candidate.schema';
import { evaluationEvent, evaluationOf, replaced } from '../evaluation-records';
import { evaluationCommand } from '../evaluation-command';

/**
 * Reopen the candidate's latest evaluation, finalised, as a draft (organisation administrators and
 * above, with a reason; the table's row): the candidacy goes back to awaiting it, and the previous
 * evaluation (if any) is again the one a training must follow.
 */
@Injectable()
export class ReopenEvaluation {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.evaluations.reopen'> = (principal, request) =>
    evaluationCommand(this.lifecycle, principal, request.candidateId, 'reopen_evaluation', (c, now) => {
      const current = evaluationOf(c, request.evaluationId);
      const all = c.evaluations ?? [];
      if (current.status !== 'finalised' || all[all.length - 1]?.id !== current.id)
        throw DomainError.conflict('only the latest evaluation, finalised, can be reopened', {
          evaluationStatus: current.status,
        });
      const previous = all
        .slice(0, -1)
        .filter((e) => e.status === 'finalised')
        .at(-1);
      const { validated: _validated, finalisedAt: _at, finalisedBy: _by, ...rest } = current;
      const evaluation: EvaluationEntry = {
        ...rest,
        status: 'draft',
        reopenings: [...current.reopenings, { at: now, by: principal.userId, reason: request.reason }],
      };
      return {
        evaluation,
        to: current.kind === 'preliminary' ? 'awaiting_preliminary_evaluation' : 'awaiting_final_evaluation',
        $set: {
          evaluations: replaced(c, evaluation),
          evaluatedAt: previous?.finalisedAt ?? null,
          updatedAt: now,
        },
        what: `${current.kind} evaluation ${current.id} reopened: ${request.reason}`,
        events: () => [evaluationEvent(c, evaluation, 'reopened', principal, now)],
      };
    });
}
