import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { hasRole, isPlatformAdmin } from '../../common/access';
import { identityEvent } from '../../common/events';
import { newId } from '../../common/ids';
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
    const networkWide =
      principal.tenantType === 'network' &&
      !principal.perimeter &&
      (hasRole(principal, 'network_admin') || hasRole(principal, 'network_supervisor'));
    if (!networkWide && !isPlatformAdmin(principal))
      throw DomainError.forbidden('only the network’s administrators and supervisors add organisations');
    const id = newId('of');
    const event = identityEvent(
      'certhub.training_organisation.created.v1',
      {
        trainingOrganisationId: id,
        networkId: network._id,
        siren: request.siren,
        name: request.name,
        createdBy: principal.userId,
      },
      { tenantId: network._id, aggregateId: id },
    );
    const organisation = await this.organisations.create(
      {
        _id: id,
        networkId: network._id,
        certifierId: network.certifierId,
        siren: request.siren,
        name: request.name,
        address: request.address,
        contact: request.contact,
        billingEmail: request.billingEmail,
        ...(request.billingAddress ? { billingAddress: request.billingAddress } : {}),
      },
      event,
    );
    return toTrainingOrganisationResponse(organisation);
  };
}
