import { Injectable } from '@nestjs/common';
import { type RpcHandler } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { evaluationOf, toEvaluationResponse } from '../evaluation-records';

@Injectable()
export class GetEvaluation {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.evaluations.get'> = async (principal, request) => {
    const c = await this.lifecycle.load(principal, request.candidateId);
    return toEvaluationResponse(c, evaluationOf(c, request.evaluationId));
  };
}
