import { Injectable } from '@nestjs/common';
import { type RpcHandler } from '@certhub/platform';
import { toTrainingOrganisationResponse } from '../network.mapper';
import { TrainingOrganisationRepository } from '../network.repositories';

@Injectable()
export class GetTrainingOrganisation {
  constructor(private readonly organisations: TrainingOrganisationRepository) {}

  readonly execute: RpcHandler<'identity.training-organisations.get'> = async (principal, request) => {
    const organisation = await this.organisations.getVisible(principal, request.trainingOrganisationId);
    return toTrainingOrganisationResponse(organisation);
  };
}
