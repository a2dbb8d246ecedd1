import { handle, rpcHandlers } from '@certhub/platform';
import { CountAuditsPerMonth } from './count-audits-per-month/count-audits-per-month.usecase';
import { CountDossiersByStatus } from './count-dossiers-by-status/count-dossiers-by-status.usecase';

export const DossiersController = rpcHandlers(
  handle('analytics.dossiers-by-status', CountDossiersByStatus),
  handle('analytics.audits-per-month', CountAuditsPerMonth),
);
