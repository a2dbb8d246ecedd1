import { Injectable } from '@nestjs/common';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { toCandidateResponse } from '../candidate.mapper';
import { type RpcHandler } from '@certhub/platform';

/**
 * Reinstate an abandoned candidacy in the status it had when it was abandoned; the automatic
 * abandonment's 5 years start again from the reinstatement.
 */
@Injectable()
export class ReinstateCandidacy {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.candidates.reinstate'> = async (principal, request) => {
    const { after } = await this.lifecycle.apply(principal, request.candidateId, 'reinstate', (c, now) => ({
      to: c.abandon?.previousStatus ?? 'awaiting_preliminary_evaluation',
      $set: { abandon: null, reinstatedAt: now },
      what: 'candidacy reinstated',
    }));
    return toCandidateResponse(after);
  };
}
