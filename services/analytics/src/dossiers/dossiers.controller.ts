import { handle, rpcHandlers } from '@certhub/platform';
import { CountDossiersByStatus } from './count-dossiers-by-status/count-dossiers-by-status.usecase';

export const DossiersController = rpcHandlers(handle('analytics.dossiers-by-status', CountDossiersByStatus));
