import { handle, rpcHandlers } from '@certhub/platform';
import { CreateEstablishment } from './create-establishment/create-establishment.usecase';
import { CreateNetwork } from './create-network/create-network.usecase';
import { CreateTrainingOrganisation } from './create-training-organisation/create-training-organisation.usecase';
import { EstablishmentHistory } from './establishment-history/establishment-history.usecase';
import { GetNetworkPlaces } from './get-network-places/get-network-places.usecase';
import { UpdateEstablishment } from './update-establishment/update-establishment.usecase';
import { UpdateNetwork } from './update-network/update-network.usecase';
import { UpdateTrainingOrganisation } from './update-training-organisation/update-training-organisation.usecase';
import { ListEstablishments } from './list-establishments/list-establishments.usecase';
import { ListTrainingOrganisations } from './list-training-organisations/list-training-organisations.usecase';
import { SetPlaceActive } from './set-place-active/set-place-active.usecase';

export const NetworksController = rpcHandlers(
  handle('identity.networks.create', CreateNetwork),
  handle('identity.networks.get', GetNetworkPlaces, 'network'),
  handle('identity.training-organisations.create', CreateTrainingOrganisation),
  handle('identity.training-organisations.list', ListTrainingOrganisations),
  handle('identity.establishments.create', CreateEstablishment),
  handle('identity.establishments.get', GetNetworkPlaces, 'establishment'),
  handle('identity.establishments.list', ListEstablishments),
  handle('identity.establishments.set-active', SetPlaceActive, 'establishment'),
  handle('identity.networks.update', UpdateNetwork),
  handle('identity.training-organisations.get', GetNetworkPlaces, 'trainingOrganisation'),
  handle('identity.training-organisations.update', UpdateTrainingOrganisation),
  handle('identity.training-organisations.set-active', SetPlaceActive, 'trainingOrganisation'),
  handle('identity.establishments.update', UpdateEstablishment),
  handle('identity.establishments.history', EstablishmentHistory),
);
