import { Injectable } from '@nestjs/common';
import { evaluationValidated, subDomainIds } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { CandidateFiles, documentFields } from '../../candidacy/candidate-files';
import type { EvaluationEntry } from '../../candidacy/candidate.schema';
import { evaluationEvent, frameworkOf, replaced, loadDraft } from '../evaluation-records';
import { evaluationCommand } from '../evaluation-command';

/**
 * Finalise a draft: every sub-domain scored and the completed matrix uploaded (422 otherwise). It is
 * validated only when every sub-domain is acquired, and the candidacy moves in the same write: to be
 * sent to certification, or awaiting a final evaluation. Its documents are frozen as its evidence.
 */
@Injectable()
export class FinaliseEvaluation {
  constructor(
    private readonly lifecycle: CandidacyLifecycle,
    private readonly files: CandidateFiles,
  ) {}

  readonly execute: RpcHandler<'candidacy.evaluations.finalise'> = async (principal, request) => {
    const { candidate, current } = await loadDraft(this.lifecycle, principal, request);
    const framework = frameworkOf(current.frameworkVersion);
    const scored = new Set(current.scores.map((s) => s.subDomainId));
    const issues = [
      ...subDomainIds(framework)
        .filter((id) => !scored.has(id))
        .map((id) => ({ field: 'scores', message: `sub-domain ${id} is not scored yet` })),
      ...(current.matrixDocumentId
        ? []
        : [{ field: 'matrixDocumentId', message: 'upload the completed, signed evaluation matrix first' }]),
    ];
    if (issues.length) throw DomainError.invalid(issues, 'the evaluation is not complete');
    const action =
      current.kind === 'preliminary' ? 'record_preliminary_evaluation' : 'record_final_evaluation';
    // Checked (and frozen) before the write: the table and the version are checked first, so a
    // refused finalisation freezes nothing.
    await this.lifecycle.check(candidate, action, principal, request.version);
    await this.files.require(candidate, documentFields(current), `evaluation:${current.id}`);
    const validated = evaluationValidated(
      framework,
      new Set(current.scores.filter((s) => s.acquired).map((s) => s.subDomainId)),
    );
    return evaluationCommand(
      this.lifecycle,
      principal,
      candidate,
      action,
      (c, now) => {
        const evaluation: EvaluationEntry = {
          ...current,
          status: 'finalised',
          validated,
          finalisedAt: now,
          finalisedBy: principal.userId,
        };
        return {
          evaluation,
          to: validated ? 'to_send' : 'awaiting_final_evaluation',
          $set: {
            evaluations: replaced(c, evaluation),
            evaluatedAt: now,
            updatedAt: now,
            // The 5 years before an automatic abandonment run from the first finalisation.
            ...(current.kind === 'preliminary' && !c.preliminaryEvaluatedAt
              ? { preliminaryEvaluatedAt: now }
              : {}),
          },
          what: `${current.kind} evaluation ${current.id} finalised: ${validated ? 'validated' : 'not validated'}`,
          events: () => [evaluationEvent(c, evaluation, 'finalised', principal, now)],
        };
      },
      { expectedVersion: request.version },
    );
  };
}
