import { handle, rpcHandlers } from '@certhub/platform';
import { GetTrail } from './get-trail/get-trail.usecase';

export const TrailController = rpcHandlers(handle('dossier.dossiers.trail', GetTrail));
