import { Injectable } from '@nestjs/common';
import { CANDIDACY_STATS_ROLES, CANDIDACY_STATUSES } from '@certhub/contracts';
import type { RpcHandler } from '@certhub/platform';
import { ENDED, sum } from '../candidacy-figures';
import { candidacyScope } from '../candidacy-scope';
import { CandidacyStateRepository } from '../candidacy-state.repository';

/** The Stats tab's general figures, every status listed (zero included) in the path's order. */
@Injectable()
export class GetCandidacyStats {
  constructor(private readonly candidacies: CandidacyStateRepository) {}

  readonly execute: RpcHandler<'analytics.candidacy-stats'> = async (principal, filter) => {
    const counts = await this.candidacies.countByStatus(
      candidacyScope(principal, CANDIDACY_STATS_ROLES),
      filter,
    );
    const candidacies = counts.reduce((total, c) => total + c.count, 0);
    return {
      asOf: new Date().toISOString(),
      candidacies,
      certified: sum(counts, ['certified']),
      inProgress: candidacies - sum(counts, ENDED),
      notCertified: sum(counts, ['not_certified']),
      abandoned: sum(counts, ['abandoned']),
      byStatus: CANDIDACY_STATUSES.map((status) => ({ status, count: sum(counts, [status]) })),
    };
  };
}
