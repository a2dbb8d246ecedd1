import { Injectable } from '@nestjs/common';
import { type RpcHandler } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toTrainingResponse } from '../training.mapper';

/** A candidate's trainings in the order they were recorded. */
@Injectable()
export class ListTrainings {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.trainings.list'> = async (principal, query) => {
    const c = await this.lifecycle.load(principal, query.candidateId);
    const all = c.trainings ?? [];
    const start = (query.page - 1) * query.pageSize;
    return {
      items: all.slice(start, start + query.pageSize).map((t) => toTrainingResponse(c, t)),
      page: query.page,
      pageSize: query.pageSize,
      total: all.length,
    };
  };
}
