import { Injectable } from '@nestjs/common';
import { containingText, type RpcHandler } from '@certhub/platform';
import { toTrainingOrganisationResponse } from '../network.mapper';
import { NetworkRepository, TrainingOrganisationRepository } from '../network.repositories';

@Injectable()
export class ListTrainingOrganisations {
  constructor(
    private readonly networks: NetworkRepository,
    private readonly organisations: TrainingOrganisationRepository,
  ) {}

  readonly execute: RpcHandler<'identity.training-organisations.list'> = async (principal, query) => {
    // A network outside the principal's reach is not there (404), rather than an empty list.
    await this.networks.getVisible(principal, query.networkId);
    const text = query.q ? containingText(query.q) : undefined;
    const filter = {
      networkId: query.networkId,
      ...(text ? { $or: [{ name: text }, { siren: text }] } : {}),
    };
    return this.organisations.page(principal, filter, query, toTrainingOrganisationResponse);
  };
}
