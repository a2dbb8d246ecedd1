import { handle, rpcHandlers } from '@certhub/platform';
import { GetCandidacyDashboard } from './get-candidacy-dashboard/get-candidacy-dashboard.usecase';
import { GetCandidacyStats } from './get-candidacy-stats/get-candidacy-stats.usecase';
import { ListAbandonedCandidacies } from './list-abandoned-candidacies/list-abandoned-candidacies.usecase';

export const CandidaciesController = rpcHandlers(
  handle('analytics.candidacy-dashboard', GetCandidacyDashboard),
  handle('analytics.candidacy-stats', GetCandidacyStats),
  handle('analytics.candidacy-abandoned', ListAbandonedCandidacies),
);
