import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { newId } from '../../common/ids';
import { requireMayAddTo } from '../network-access';
import { toTrainingOrganisationResponse } from '../network.mapper';
import { NetworkRepository, TrainingOrganisationRepository } from '../network.repositories';

/** Only a network's administrators and supervisors add organisations to it. */
@Injectable()
export class CreateTrainingOrganisation {
  constructor(
    private readonly networks: NetworkRepository,
    private readonly organisations: TrainingOrganisationRepository,
  ) {}

  readonly execute: RpcHandler<'identity.training-organisations.create'> = async (principal, request) => {
    const network = await this.networks.getVisible(principal, request.networkId);
    requireMayAddTo(
      principal,
      { networkId: network._id },
      'only the network’s administrators and supervisors add organisations',
    );
    const organisation = await this.organisations.create(
      {
        _id: newId('of'),
        networkId: network._id,
        certifierId: network.certifierId,
        siren: request.siren,
        name: request.name,
        address: request.address,
        contact: request.contact,
        billingEmail: request.billingEmail,
        ...(request.billingAddress ? { billingAddress: request.billingAddress } : {}),
      },
      principal.userId,
    );
    return toTrainingOrganisationResponse(organisation);
  };
}
