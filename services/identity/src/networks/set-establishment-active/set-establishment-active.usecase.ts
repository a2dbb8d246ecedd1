import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { identityEvent } from '../../common/events';
import { isCertifierOf } from '../network-access';
import { toEstablishmentResponse } from '../network.mapper';
import { EstablishmentRepository } from '../network.repositories';

/**
 * Only the establishment's certifier toggles its "Actif", after its own checks; the network asks
 * for it by e-mail (docs/domain/training-networks.md#active-flag).
 */
@Injectable()
export class SetEstablishmentActive {
  constructor(private readonly establishments: EstablishmentRepository) {}

  readonly execute: RpcHandler<'identity.establishments.set-active'> = async (principal, request) => {
    const { establishmentId, active } = request;
    const current = await this.establishments.getVisible(principal, establishmentId);
    if (!isCertifierOf(principal, current.certifierId))
      throw DomainError.forbidden('only the establishment’s certifier activates or deactivates it');
    if (current.active === active) return toEstablishmentResponse(current);
    const event = identityEvent(
      'certhub.establishment.activation_changed.v1',
      {
        establishmentId,
        trainingOrganisationId: current.trainingOrganisationId,
        networkId: current.networkId,
        active,
        changedBy: principal.userId,
      },
      { tenantId: current.networkId, aggregateId: establishmentId },
    );
    const updated = await this.establishments.setActive(current, active, event);
    // null: a concurrent call made the same change first; its event is the one that counts.
    return toEstablishmentResponse(updated ?? { ...current, active });
  };
}
