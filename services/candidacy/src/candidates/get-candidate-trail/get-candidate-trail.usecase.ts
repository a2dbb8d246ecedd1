import { slicePage } from '@certhub/contracts';
import { Injectable } from '@nestjs/common';
import { DomainError, toTrailStepResponse, type RpcHandler } from '@certhub/platform';
import { CandidateRepository } from '../../candidacy/candidate.repository';

/** Every change of a candidacy, newest first, within the user's perimeter. */
@Injectable()
export class GetCandidateTrail {
  constructor(private readonly candidates: CandidateRepository) {}

  readonly execute: RpcHandler<'candidacy.candidates.trail'> = async (principal, request) => {
    const trail = await this.candidates.trail(principal, request.candidateId);
    if (!trail) throw DomainError.notFound(`candidacy ${request.candidateId}`);
    return slicePage(trail, request, toTrailStepResponse);
  };
}
