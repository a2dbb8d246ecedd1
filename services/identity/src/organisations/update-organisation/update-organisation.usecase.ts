import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { belongsToOrganisation, hasRole } from '../../common/access';
import { diffEdit, requireSomeField, staleVersion } from '../../common/edits';
import { identityEvent } from '../../common/events';
import { findVisibleOrganisation } from '../organisation-access';
import { toOrganisationResponse } from '../organisation.mapper';
import { OrganisationRepository } from '../organisation.repository';

/** The master data an organisation's administrator may edit; the SIREN is its identity. */
const EDITABLE = ['name', 'address', 'phone', 'email', 'website', 'contacts'] as const;

/**
 * The organisation's administrator keeps its details and contacts up to date
 * (docs/domain/roles-and-tenancy.md#organisation-master-data). Only what really changes is written,
 * with the values before and after in the organisation's history and one event; an edit made on a
 * version that is no longer current is refused rather than silently overwriting another one.
 */
@Injectable()
export class UpdateOrganisation {
  constructor(private readonly organisations: OrganisationRepository) {}

  readonly execute: RpcHandler<'identity.organisations.update'> = async (principal, request) => {
    const { organisationId, version } = request;
    requireSomeField(EDITABLE, request);
    // Another organisation's admin gets the same 404 as for an unknown id.
    const current = await findVisibleOrganisation(this.organisations, principal, organisationId);
    if (!belongsToOrganisation(principal, organisationId) || !hasRole(principal, 'org_admin'))
      throw DomainError.forbidden('only the organisation’s administrators may edit its details');
    if ((current.version ?? 0) !== version) throw staleVersion('organisation', organisationId, version);

    const edit = diffEdit(EDITABLE, toOrganisationResponse(current), request, principal.userId);
    if (!edit) return toOrganisationResponse(current);
    const event = identityEvent(
      'certhub.organisation.updated.v1',
      { organisationId, fields: edit.change.fields, changedBy: principal.userId },
      { tenantId: organisationId, aggregateId: organisationId },
    );
    const updated = await this.organisations.applyEdit(organisationId, version, edit, event);
    if (!updated) throw staleVersion('organisation', organisationId, version);
    return toOrganisationResponse(updated);
  };
}
