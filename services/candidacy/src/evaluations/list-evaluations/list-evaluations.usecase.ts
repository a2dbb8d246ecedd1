import { Injectable } from '@nestjs/common';
import { type RpcHandler } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toEvaluationResponse } from '../evaluation-records';

/** A candidate's evaluations in the order they were opened. */
@Injectable()
export class ListEvaluations {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.evaluations.list'> = async (principal, query) => {
    const c = await this.lifecycle.load(principal, query.candidateId);
    const all = c.evaluations ?? [];
    const start = (query.page - 1) * query.pageSize;
    return {
      items: all.slice(start, start + query.pageSize).map((e) => toEvaluationResponse(c, e)),
      page: query.page,
      pageSize: query.pageSize,
      total: all.length,
    };
  };
}
