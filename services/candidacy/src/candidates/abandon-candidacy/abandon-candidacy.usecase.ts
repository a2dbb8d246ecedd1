import { Injectable } from '@nestjs/common';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toCandidateResponse } from '../candidate.mapper';
import { type RpcHandler } from '@certhub/platform';

/** Declare a candidacy abandoned with its reason; where it stood is kept for a reinstatement. */
@Injectable()
export class AbandonCandidacy {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.candidates.abandon'> = async (principal, request) => {
    const { after } = await this.lifecycle.apply(principal, request.candidateId, 'abandon', (c, now) => ({
      $set: { abandon: { reason: request.reason, previousStatus: c.status, at: now } },
      what: `candidacy abandoned: ${request.reason}`,
    }));
    return toCandidateResponse(after);
  };
}
