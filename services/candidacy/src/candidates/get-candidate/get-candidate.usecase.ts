import { Injectable } from '@nestjs/common';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toCandidateResponse } from '../candidate.mapper';
import { type RpcHandler } from '@certhub/platform';

/** One candidate's sheet, within the user's perimeter (404 outside it). */
@Injectable()
export class GetCandidate {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.candidates.get'> = async (principal, request) => {
    return toCandidateResponse(await this.lifecycle.load(principal, request.candidateId));
  };
}
