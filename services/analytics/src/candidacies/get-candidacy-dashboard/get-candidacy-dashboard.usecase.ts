import { Injectable } from '@nestjs/common';
import { CANDIDACY_FOLLOWERS } from '@certhub/contracts';
import type { RpcHandler } from '@certhub/platform';
import { AWAITING_JURY, sum, toLine } from '../candidacy-figures';
import { candidacyScope } from '../candidacy-scope';
import { CandidacyStateRepository } from '../candidacy-state.repository';

/** How many lines each of the dashboard's lists shows. */
const LATEST = 10;

/**
 * The home dashboard of the individuals' line (docs/domain/individuals-certification.md#statistics):
 * what waits for an evaluation or a jury within the caller's perimeter, the latest changes and
 * the latest candidacies certified.
 */
@Injectable()
export class GetCandidacyDashboard {
  constructor(private readonly candidacies: CandidacyStateRepository) {}

  readonly execute: RpcHandler<'analytics.candidacy-dashboard'> = async (principal, filter) => {
    const scope = candidacyScope(principal, CANDIDACY_FOLLOWERS);
    const page = { skip: 0, limit: LATEST };
    const [counts, changes, certified] = await Promise.all([
      this.candidacies.countByStatus(scope, filter),
      this.candidacies.latest(scope, filter, 'statusAt', page),
      this.candidacies.latest(scope, { ...filter, status: 'certified' }, 'certifiedAt', page),
    ]);
    return {
      asOf: new Date().toISOString(),
      awaitingPreliminaryEvaluation: sum(counts, ['awaiting_preliminary_evaluation']),
      awaitingFinalEvaluation: sum(counts, ['awaiting_final_evaluation']),
      awaitingJury: sum(counts, AWAITING_JURY),
      latestChanges: changes.map((line) => toLine(line)),
      latestCertified: certified.map((line) => toLine(line, 'certifiedAt')),
    };
  };
}
