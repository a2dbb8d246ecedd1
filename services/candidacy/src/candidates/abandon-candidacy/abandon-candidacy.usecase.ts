import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toCandidateResponse } from '../candidate.mapper';

/** Declare a candidacy abandoned with its reason; where it stood is kept for a reinstatement. */
@Injectable()
export class AbandonCandidacy {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'candidacy.candidates.abandon'>,
  ): Promise<RpcResponse<'candidacy.candidates.abandon'>> {
    const { after } = await this.lifecycle.apply(principal, request.candidateId, 'abandon', (c, now) => ({
      $set: { abandon: { reason: request.reason, previousStatus: c.status, at: now } },
      what: `candidacy abandoned: ${request.reason}`,
    }));
    return toCandidateResponse(after);
  }
}
