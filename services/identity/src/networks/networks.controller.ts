import { handle, rpcHandlers } from '@certhub/platform';
import { CreateEstablishment } from './create-establishment/create-establishment.usecase';
import { CreateNetwork } from './create-network/create-network.usecase';
import { CreateTrainingOrganisation } from './create-training-organisation/create-training-organisation.usecase';
import { GetEstablishment } from './get-establishment/get-establishment.usecase';
import { GetNetwork } from './get-network/get-network.usecase';
import { ListEstablishments } from './list-establishments/list-establishments.usecase';
import { ListTrainingOrganisations } from './list-training-organisations/list-training-organisations.usecase';
import { SetEstablishmentActive } from './set-establishment-active/set-establishment-active.usecase';

export const NetworksController = rpcHandlers(
  handle('identity.networks.create', CreateNetwork),
  handle('identity.networks.get', GetNetwork),
  handle('identity.training-organisations.create', CreateTrainingOrganisation),
  handle('identity.training-organisations.list', ListTrainingOrganisations),
  handle('identity.establishments.create', CreateEstablishment),
  handle('identity.establishments.get', GetEstablishment),
  handle('identity.establishments.list', ListEstablishments),
  handle('identity.establishments.set-active', SetEstablishmentActive),
);
