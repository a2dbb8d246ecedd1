import { Injectable } from '@nestjs/common';
import { type RpcHandler } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { CandidateFiles, documentFields } from '../../candidacy/candidate-files';
import type { EvaluationEntry } from '../../candidacy/candidate.schema';
import { evaluationEvent, frameworkOf, replaced, loadDraft, unknownSubDomains } from '../evaluation-records';
import { evaluationCommand } from '../evaluation-command';

/**
 * Save a draft ("en cours de création") whole, at the candidate's version read: the scores given so
 * far, the matrix and the proofs, each document already uploaded to the candidate's context.
 */
@Injectable()
export class SaveEvaluation {
  constructor(
    private readonly lifecycle: CandidacyLifecycle,
    private readonly files: CandidateFiles,
  ) {}

  readonly execute: RpcHandler<'candidacy.evaluations.save'> = async (principal, request) => {
    const { candidate, current } = await loadDraft(this.lifecycle, principal, request);
    unknownSubDomains(frameworkOf(current.frameworkVersion), request.scores);
    await this.lifecycle.check(candidate, 'save_evaluation', principal, request.version);
    await this.files.require(candidate, documentFields(request));
    return evaluationCommand(
      this.lifecycle,
      principal,
      candidate,
      'save_evaluation',
      (c, now) => {
        const evaluation: EvaluationEntry = {
          ...current,
          evaluatorName: request.evaluatorName,
          evaluatorEmail: request.evaluatorEmail,
          evaluatedOn: request.evaluatedOn,
          scores: request.scores,
          proofDocumentIds: request.proofDocumentIds,
          ...(request.matrixDocumentId ? { matrixDocumentId: request.matrixDocumentId } : {}),
        };
        if (!request.matrixDocumentId) delete evaluation.matrixDocumentId;
        return {
          evaluation,
          $set: { evaluations: replaced(c, evaluation), updatedAt: now },
          what: `${current.kind} evaluation ${current.id} saved (${request.scores.length} sub-domains scored)`,
          events: () => [evaluationEvent(c, evaluation, 'saved', principal, now)],
        };
      },
      { expectedVersion: request.version },
    );
  };
}
