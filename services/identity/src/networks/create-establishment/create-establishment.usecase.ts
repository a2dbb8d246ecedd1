import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { newId } from '../../common/ids';
import { requireMayAddTo } from '../network-access';
import { toEstablishmentResponse } from '../network.mapper';
import { EstablishmentRepository, TrainingOrganisationRepository } from '../network.repositories';
import { requireEstablishmentOf } from '../../common/establishment-of';

/**
 * The network's administrators and supervisors, or the organisation's administrators, add an
 * establishment; its SIRET must be the organisation's SIREN followed by the establishment number.
 */
@Injectable()
export class CreateEstablishment {
  constructor(
    private readonly organisations: TrainingOrganisationRepository,
    private readonly establishments: EstablishmentRepository,
  ) {}

  readonly execute: RpcHandler<'identity.establishments.create'> = async (principal, request) => {
    // Visible means inside the principal's perimeter: another organisation's admin gets 404.
    const organisation = await this.organisations.getVisible(principal, request.trainingOrganisationId);
    requireMayAddTo(
      principal,
      { networkId: organisation.networkId, trainingOrganisationId: organisation._id },
      'only the network’s administrators and supervisors or the organisation’s administrators add establishments',
    );
    requireEstablishmentOf(request.siret, organisation.siren);
    const establishment = await this.establishments.create(
      {
        _id: newId('est'),
        networkId: organisation.networkId,
        trainingOrganisationId: organisation._id,
        certifierId: organisation.certifierId,
        siret: request.siret,
        name: request.name,
        officialContact: request.officialContact,
        publicContact: request.publicContact,
        address: request.address,
        region: request.region,
        ...(request.website ? { website: request.website } : {}),
        organisationActive: organisation.active,
      },
      principal.userId,
    );
    return toEstablishmentResponse(establishment);
  };
}
