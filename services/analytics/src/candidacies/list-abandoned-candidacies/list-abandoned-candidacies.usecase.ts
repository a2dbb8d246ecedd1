import { Injectable } from '@nestjs/common';
import { CANDIDACY_FOLLOWERS } from '@certhub/contracts';
import type { RpcHandler } from '@certhub/platform';
import { DAY_MS } from '../candidacy-figures';
import { candidacyScope } from '../candidacy-scope';
import { CandidacyStateRepository } from '../candidacy-state.repository';

/** Candidacies abandoned (and still so) in the last `days` days, latest first, paged. */
@Injectable()
export class ListAbandonedCandidacies {
  constructor(private readonly candidacies: CandidacyStateRepository) {}

  readonly execute: RpcHandler<'analytics.candidacy-abandoned'> = async (principal, request) => {
    const { page, pageSize, days, ...perimeter } = request;
    const scope = candidacyScope(principal, CANDIDACY_FOLLOWERS);
    const filter = {
      ...perimeter,
      status: 'abandoned' as const,
      abandonedAt: { $gte: new Date(Date.now() - days * DAY_MS) },
    };
    const [lines, total] = await Promise.all([
      this.candidacies.latest(scope, filter, 'abandonedAt', { skip: (page - 1) * pageSize, limit: pageSize }),
      this.candidacies.count(scope, filter),
    ]);
    return {
      items: lines.map((line) => ({
        candidateId: line._id,
        reference: line.reference,
        establishmentId: line.establishmentId,
        abandonedAt: (line.abandonedAt ?? line.statusAt).toISOString(),
        ...(line.abandonReason ? { reason: line.abandonReason } : {}),
      })),
      page,
      pageSize,
      total,
    };
  };
}
