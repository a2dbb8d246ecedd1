import { slicePage } from '@certhub/contracts';
import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toTrainingResponse } from '../training.mapper';

/** A candidate's trainings in the order they were recorded. */
@Injectable()
export class ListTrainings {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.trainings.list'> = async (principal, query) => {
    const c = await this.lifecycle.load(principal, query.candidateId);
    return slicePage(c.trainings ?? [], query, (t) => toTrainingResponse(c, t));
  };
}
