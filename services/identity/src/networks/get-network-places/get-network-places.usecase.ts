import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import {
  toEstablishmentResponse,
  toNetworkResponse,
  toTrainingOrganisationResponse,
} from '../network.mapper';
import {
  EstablishmentRepository,
  NetworkRepository,
  TrainingOrganisationRepository,
} from '../network.repositories';

/** A network, a training organisation or an establishment, for whoever reads it (404 otherwise). */
@Injectable()
export class GetNetworkPlaces {
  constructor(
    private readonly networks: NetworkRepository,
    private readonly organisations: TrainingOrganisationRepository,
    private readonly establishments: EstablishmentRepository,
  ) {}

  readonly network: RpcHandler<'identity.networks.get'> = async (principal, { networkId }) =>
    toNetworkResponse(await this.networks.getVisible(principal, networkId));

  readonly trainingOrganisation: RpcHandler<'identity.training-organisations.get'> = async (
    principal,
    { trainingOrganisationId },
  ) => toTrainingOrganisationResponse(await this.organisations.getVisible(principal, trainingOrganisationId));

  readonly establishment: RpcHandler<'identity.establishments.get'> = async (
    principal,
    { establishmentId },
  ) => toEstablishmentResponse(await this.establishments.getVisible(principal, establishmentId));
}
