import { Module } from '@nestjs/common';
import { OutboxModule } from '@certhub/platform';
import { CertificationBodiesModule } from '../certification-bodies/certification-bodies.module';
import { CreateEstablishment } from './create-establishment/create-establishment.usecase';
import { CreateNetwork } from './create-network/create-network.usecase';
import { CreateTrainingOrganisation } from './create-training-organisation/create-training-organisation.usecase';
import { GetEstablishment } from './get-establishment/get-establishment.usecase';
import { GetNetwork } from './get-network/get-network.usecase';
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
import { SetEstablishmentActive } from './set-establishment-active/set-establishment-active.usecase';

/** Networks of training organisations and their establishments; their events ride in each document's outbox. */
@Module({
  imports: [
    OutboxModule.forFeature([
      { name: Network.name, schema: NetworkSchema },
      { name: TrainingOrganisation.name, schema: TrainingOrganisationSchema },
      { name: Establishment.name, schema: EstablishmentSchema },
    ]),
    CertificationBodiesModule,
  ],
  controllers: [NetworksController],
  providers: [
    NetworkRepository,
    TrainingOrganisationRepository,
    EstablishmentRepository,
    CreateNetwork,
    GetNetwork,
    CreateTrainingOrganisation,
    ListTrainingOrganisations,
    CreateEstablishment,
    GetEstablishment,
    ListEstablishments,
    SetEstablishmentActive,
  ],
  exports: [NetworkRepository, TrainingOrganisationRepository, EstablishmentRepository],
})
export class NetworksModule {}
