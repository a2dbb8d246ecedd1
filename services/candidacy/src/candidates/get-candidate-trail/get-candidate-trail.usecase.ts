import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { CandidateRepository } from '../../candidacy/candidate.repository';

/** Every change of a candidacy, newest first, within the user's perimeter. */
@Injectable()
export class GetCandidateTrail {
  constructor(private readonly candidates: CandidateRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'candidacy.candidates.trail'>,
  ): Promise<RpcResponse<'candidacy.candidates.trail'>> {
    const found = await this.candidates.trail(principal, request.candidateId, request);
    if (!found) throw DomainError.notFound(`candidacy ${request.candidateId}`);
    return {
      items: found.items.map((e) => ({
        at: new Date(e.at).toISOString(),
        by: e.by,
        action: e.action,
        ...(e.from ? { from: e.from } : {}),
        to: e.to,
        what: e.what,
      })),
      page: request.page,
      pageSize: request.pageSize,
      total: found.total,
    };
  }
}
