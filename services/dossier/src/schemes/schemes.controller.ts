import { handle, rpcHandlers } from '@certhub/platform';
import { GetScheme } from './get-scheme/get-scheme.usecase';
import { ListSchemes } from './list-schemes/list-schemes.usecase';
import { PublishScheme } from './publish-scheme/publish-scheme.usecase';

/** Schemes are reference data every signed-in user reads; publishing is the platform's. */
export const SchemesController = rpcHandlers(
  handle('dossier.schemes.list', ListSchemes),
  handle('dossier.schemes.get', GetScheme),
  handle('dossier.schemes.publish', PublishScheme),
);
