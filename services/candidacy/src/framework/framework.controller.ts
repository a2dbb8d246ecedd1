import { handle, rpcHandlers } from '@certhub/platform';
import { GetFramework } from './get-framework/get-framework.usecase';

export const FrameworkController = rpcHandlers(handle('candidacy.framework.get', GetFramework));
