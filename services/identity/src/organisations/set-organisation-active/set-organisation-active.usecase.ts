import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { isPlatformAdmin } from '../../common/access';
import { identityEvent } from '../../common/events';
import { findVisibleOrganisation } from '../organisation-access';
import { toOrganisationResponse } from '../organisation.mapper';
import { OrganisationRepository } from '../organisation.repository';

/**
 * Only the platform toggles an organisation's "Actif", after its own checks
 * (docs/domain/roles-and-tenancy.md#organisation-activation).
 */
@Injectable()
export class SetOrganisationActive {
  constructor(private readonly organisations: OrganisationRepository) {}

  readonly execute: RpcHandler<'identity.organisations.set-active'> = async (principal, request) => {
    const { organisationId, active } = request;
    // The role check comes first and answers the same whether the organisation exists or not.
    if (!isPlatformAdmin(principal))
      throw DomainError.forbidden('only the platform may activate or deactivate an organisation');
    const current = await findVisibleOrganisation(this.organisations, principal, organisationId);
    if (current.active === active) return toOrganisationResponse(current);

    const event = identityEvent(
      'certhub.organisation.activation_changed.v1',
      { organisationId, active, changedBy: principal.userId },
      { tenantId: organisationId, aggregateId: organisationId },
    );
    const updated = await this.organisations.setActive(organisationId, active, event);
    // null: a concurrent call made the same change first; its event is the one that counts.
    const result = updated ?? (await findVisibleOrganisation(this.organisations, principal, organisationId));
    return toOrganisationResponse(result);
  };
}
