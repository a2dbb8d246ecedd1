import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CURRENT_CLEA_FRAMEWORK } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { CandidateFiles } from '../../candidacy/candidate-files';
import type { EvaluationEntry } from '../../candidacy/candidate.schema';
import { evaluationEvent } from '../evaluation-records';
import { evaluationCommand } from '../evaluation-command';

/**
 * Open the candidate's next evaluation as a draft against the current framework: the preliminary
 * one while the candidacy awaits it, a final one after (which needs a training attended since the
 * previous evaluation: the table's guard). One draft at a time.
 */
@Injectable()
export class OpenEvaluation {
  constructor(
    private readonly lifecycle: CandidacyLifecycle,
    private readonly files: CandidateFiles,
  ) {}

  readonly execute: RpcHandler<'candidacy.evaluations.open'> = (principal, request) =>
    evaluationCommand(
      this.lifecycle,
      principal,
      request.candidateId,
      'open_evaluation',
      (c, now) => {
        const draft = c.evaluations?.find((e) => e.status === 'draft');
        if (draft)
          throw DomainError.conflict(`evaluation ${draft.id} is still a draft: finalise it first`, {
            evaluationId: draft.id,
          });
        const evaluation: EvaluationEntry = {
          id: `eval_${randomBytes(6).toString('hex')}`,
          kind: c.status === 'awaiting_preliminary_evaluation' ? 'preliminary' : 'final',
          status: 'draft',
          frameworkVersion: CURRENT_CLEA_FRAMEWORK.version,
          evaluatorName: request.evaluatorName,
          evaluatorEmail: request.evaluatorEmail,
          evaluatedOn: request.evaluatedOn,
          scores: [],
          proofDocumentIds: [],
          createdAt: now,
          createdBy: principal.userId,
          reopenings: [],
        };
        return {
          evaluation,
          $set: { evaluations: [...(c.evaluations ?? []), evaluation], updatedAt: now },
          $inc: { recorded: 1 },
          what: `${evaluation.kind} evaluation ${evaluation.id} opened by ${request.evaluatorName}`,
          events: () => [evaluationEvent(c, evaluation, 'opened', principal, now)],
        };
      },
      // Candidates registered before their upload context existed get it here, before any upload.
      { then: (after) => this.files.register(after) },
    );
}
