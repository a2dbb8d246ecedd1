import { Injectable } from '@nestjs/common';
import type { Role } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { isPlatformAdmin } from '../../common/access';
import { identityEvent } from '../../common/events';
import { newId } from '../../common/ids';
import { toEstablishmentResponse } from '../network.mapper';
import { EstablishmentRepository, TrainingOrganisationRepository } from '../network.repositories';
import { requireEstablishmentOf } from '../../common/establishment-of';

const CREATORS: readonly Role[] = ['network_admin', 'network_supervisor', 'training_org_admin'];

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
    const mayAdd =
      isPlatformAdmin(principal) ||
      (principal.tenantType === 'network' &&
        !principal.perimeter?.establishmentId &&
        principal.roles.some((r) => CREATORS.includes(r)));
    if (!mayAdd)
      throw DomainError.forbidden(
        'only the network’s administrators and supervisors or the organisation’s administrators add establishments',
      );
    requireEstablishmentOf(request.siret, organisation.siren);
    const id = newId('est');
    const event = identityEvent(
      'certhub.establishment.created.v1',
      {
        establishmentId: id,
        trainingOrganisationId: organisation._id,
        networkId: organisation.networkId,
        certifierId: organisation.certifierId,
        siret: request.siret,
        region: request.region,
        createdBy: principal.userId,
      },
      { tenantId: organisation.networkId, aggregateId: id },
    );
    const establishment = await this.establishments.create(
      {
        _id: id,
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
      },
      event,
    );
    return toEstablishmentResponse(establishment);
  };
}
