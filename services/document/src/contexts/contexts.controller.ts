import { handle, rpcHandlers } from '@certhub/platform';
import { UpsertContext } from './upsert-context/upsert-context.usecase';

/** Internal: the owning services register their upload contexts as the platform. */
export const ContextsController = rpcHandlers(handle('document.contexts.upsert', UpsertContext));
