import { slicePage } from '@certhub/contracts';
import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toEvaluationResponse } from '../evaluation-records';

/** A candidate's evaluations in the order they were opened. */
@Injectable()
export class ListEvaluations {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.evaluations.list'> = async (principal, query) => {
    const c = await this.lifecycle.load(principal, query.candidateId);
    return slicePage(c.evaluations ?? [], query, (e) => toEvaluationResponse(c, e));
  };
}
