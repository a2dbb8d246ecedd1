import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toCandidateResponse } from '../candidate.mapper';

/** One candidate's sheet, within the user's perimeter (404 outside it). */
@Injectable()
export class GetCandidate {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'candidacy.candidates.get'>,
  ): Promise<RpcResponse<'candidacy.candidates.get'>> {
    return toCandidateResponse(await this.lifecycle.load(principal, request.candidateId));
  }
}
