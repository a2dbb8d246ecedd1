import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toCandidateResponse } from '../candidate.mapper';

/** Reinstate an abandoned candidacy in the status it had when it was abandoned. */
@Injectable()
export class ReinstateCandidacy {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'candidacy.candidates.reinstate'>,
  ): Promise<RpcResponse<'candidacy.candidates.reinstate'>> {
    const { after } = await this.lifecycle.apply(principal, request.candidateId, 'reinstate', (c) => ({
      to: c.abandon?.previousStatus ?? 'awaiting_preliminary_evaluation',
      $set: { abandon: null },
      what: 'candidacy reinstated',
    }));
    return toCandidateResponse(after);
  }
}
