import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import type { Principal } from '@certhub/contracts';
import { identityEvent } from '../../common/events';
import { isCertifierOf } from '../network-access';
import { toEstablishmentResponse, toTrainingOrganisationResponse } from '../network.mapper';
import { EstablishmentRepository, TrainingOrganisationRepository } from '../network.repositories';

/**
 * The "Actif" flag of a training organisation or of an establishment: only its certifier toggles
 * it, after its own checks; the network asks for it by e-mail
 * (docs/domain/training-networks.md#active-flag). An establishment works while both its own flag
 * and its organisation's are set: the organisation's is copied onto its establishments.
 */
@Injectable()
export class SetPlaceActive {
  constructor(
    private readonly organisations: TrainingOrganisationRepository,
    private readonly establishments: EstablishmentRepository,
  ) {}

  readonly trainingOrganisation: RpcHandler<'identity.training-organisations.set-active'> = async (
    principal,
    { trainingOrganisationId, active },
  ) => {
    const current = await this.organisations.getVisible(principal, trainingOrganisationId);
    requireCertifier(principal, current.certifierId, 'training organisation');
    // Its establishments first, even when the flag is already so: a call that failed between the
    // two writes is finished by the next one, and the event (candidacy closes the files on it)
    // goes out only once every establishment says so.
    await this.establishments.setOrganisationActive(current, active);
    if (current.active === active) return toTrainingOrganisationResponse(current);
    const event = identityEvent(
      'certhub.training_organisation.activation_changed.v1',
      { trainingOrganisationId, networkId: current.networkId, active, changedBy: principal.userId },
      { tenantId: current.networkId, aggregateId: trainingOrganisationId },
    );
    const updated = await this.organisations.setActive(current, active, event);
    // null: a concurrent call made the same change first; its event is the one that counts.
    return toTrainingOrganisationResponse(updated ?? { ...current, active });
  };

  readonly establishment: RpcHandler<'identity.establishments.set-active'> = async (
    principal,
    { establishmentId, active },
  ) => {
    const current = await this.establishments.getVisible(principal, establishmentId);
    requireCertifier(principal, current.certifierId, 'establishment');
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
    return toEstablishmentResponse(updated ?? { ...current, active });
  };
}

function requireCertifier(principal: Principal, certifierId: string, kind: string): void {
  if (!isCertifierOf(principal, certifierId))
    throw DomainError.forbidden(`only the ${kind}’s certifier activates or deactivates it`);
}
