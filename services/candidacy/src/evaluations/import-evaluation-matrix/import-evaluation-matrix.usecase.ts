import { Injectable } from '@nestjs/common';
import type { Evaluation, Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { frameworkOf, loadDraft } from '../evaluation-records';
import { readMatrixWorkbook } from '../evaluation-matrix/evaluation-matrix-workbook';
import { SaveEvaluation } from '../save-evaluation/save-evaluation.usecase';

export interface ImportEvaluationMatrixCommand {
  candidateId: string;
  evaluationId: string;
  /** The candidate's version read, as every save names it. */
  version: number;
  file: Buffer;
}

/**
 * The evaluation matrix filled in Excel, uploaded back into the draft: each row checked (422 naming
 * every wrong row), then the scores saved exactly as a save of the draft would (same table row,
 * version check, trail and event); the rest of the draft is kept.
 */
@Injectable()
export class ImportEvaluationMatrix {
  constructor(
    private readonly lifecycle: CandidacyLifecycle,
    private readonly save: SaveEvaluation,
  ) {}

  async execute(principal: Principal, command: ImportEvaluationMatrixCommand): Promise<Evaluation> {
    const { current } = await loadDraft(this.lifecycle, principal, command);
    const reading = await readMatrixWorkbook(command.file, frameworkOf(current.frameworkVersion));
    if ('errors' in reading) throw DomainError.invalid(reading.errors, 'the matrix has rows to correct');
    return this.save.execute(principal, {
      candidateId: command.candidateId,
      evaluationId: command.evaluationId,
      evaluatorName: current.evaluatorName,
      evaluatorEmail: current.evaluatorEmail,
      evaluatedOn: current.evaluatedOn,
      scores: reading.scores,
      ...(current.matrixDocumentId ? { matrixDocumentId: current.matrixDocumentId } : {}),
      proofDocumentIds: current.proofDocumentIds,
      version: command.version,
    });
  }
}
