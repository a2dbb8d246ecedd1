import { slicePage } from '@certhub/contracts';
import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CandidateRepository } from '../../candidacy/candidate.repository';

/** Every change of a candidacy, newest first, within the user's perimeter. */
@Injectable()
export class GetCandidateTrail {
  constructor(private readonly candidates: CandidateRepository) {}

  readonly execute: RpcHandler<'candidacy.candidates.trail'> = async (principal, request) => {
    const trail = await this.candidates.trail(principal, request.candidateId);
    if (!trail) throw DomainError.notFound(`candidacy ${request.candidateId}`);
    return slicePage(trail, request, (e) => ({
      at: new Date(e.at).toISOString(),
      by: e.by,
      action: e.action,
      ...(e.from ? { from: e.from } : {}),
      to: e.to,
      what: e.what,
    }));
  };
}
