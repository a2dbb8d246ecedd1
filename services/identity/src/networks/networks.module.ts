import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxModule } from '@certhub/platform';
import { CertificationBodiesModule } from '../certification-bodies/certification-bodies.module';
import { CreateEstablishment } from './create-establishment/create-establishment.usecase';
import { CreateNetwork } from './create-network/create-network.usecase';
import { CreateTrainingOrganisation } from './create-training-organisation/create-training-organisation.usecase';
import { EstablishmentActionRepository } from './establishment-history/establishment-action.repository';
import {
  ESTABLISHMENT_ACTION_MODEL,
  EstablishmentActionSchema,
} from './establishment-history/establishment-action.schema';
import { EstablishmentHistoryConsumer } from './establishment-history/establishment-history.consumer';
import { EstablishmentHistory } from './establishment-history/establishment-history.usecase';
import { GetNetworkPlaces } from './get-network-places/get-network-places.usecase';
import { UpdateEstablishment } from './update-establishment/update-establishment.usecase';
import { UpdateNetwork } from './update-network/update-network.usecase';
import { UpdateTrainingOrganisation } from './update-training-organisation/update-training-organisation.usecase';
import { ListEstablishments } from './list-establishments/list-establishments.usecase';
import { ListTrainingOrganisations } from './list-training-organisations/list-training-organisations.usecase';
import {
  EstablishmentRepository,
  NetworkRepository,
  TrainingOrganisationRepository,
} from './network.repositories';
import {
  Establishment,
  EstablishmentSchema,
  Network,
  NetworkSchema,
  TrainingOrganisation,
  TrainingOrganisationSchema,
} from './network.schema';
import { NetworksController } from './networks.controller';
import { SetPlaceActive } from './set-place-active/set-place-active.usecase';

/** Networks of training organisations and their establishments; their events ride in each document's outbox. */
@Module({
  imports: [
    OutboxModule.forFeature([
      { name: Network.name, schema: NetworkSchema },
      { name: TrainingOrganisation.name, schema: TrainingOrganisationSchema },
      { name: Establishment.name, schema: EstablishmentSchema },
    ]),
    MongooseModule.forFeature([{ name: ESTABLISHMENT_ACTION_MODEL, schema: EstablishmentActionSchema }]),
    CertificationBodiesModule,
  ],
  controllers: [NetworksController],
  providers: [
    NetworkRepository,
    TrainingOrganisationRepository,
    EstablishmentRepository,
    CreateNetwork,
    GetNetworkPlaces,
    CreateTrainingOrganisation,
    ListTrainingOrganisations,
    CreateEstablishment,
    ListEstablishments,
    SetPlaceActive,
    UpdateNetwork,
    UpdateTrainingOrganisation,
    UpdateEstablishment,
    EstablishmentActionRepository,
    EstablishmentHistoryConsumer,
    EstablishmentHistory,
  ],
  exports: [NetworkRepository, TrainingOrganisationRepository, EstablishmentRepository],
})
export class NetworksModule {}
