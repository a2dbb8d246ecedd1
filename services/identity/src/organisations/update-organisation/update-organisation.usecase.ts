import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { belongsToOrganisation, hasRole } from '../../common/access';
import { identityEvent } from '../../common/events';
import { findVisibleOrganisation } from '../organisation-access';
import { toOrganisationResponse } from '../organisation.mapper';
import { OrganisationRepository } from '../organisation.repository';

/** The master data an organisation's administrator may edit; the SIREN is its identity. */
const EDITABLE = ['name', 'address', 'phone', 'email', 'website', 'contacts'] as const;
type Editable = (typeof EDITABLE)[number];

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
    if (EDITABLE.every((field) => request[field] === undefined))
      throw DomainError.invalid(
        [{ field: 'name', message: `give at least one of: ${EDITABLE.join(', ')}` }],
        'nothing to change',
      );
    // Another organisation's admin gets the same 404 as for an unknown id.
    const current = await findVisibleOrganisation(this.organisations, principal, organisationId);
    if (!belongsToOrganisation(principal, organisationId) || !hasRole(principal, 'org_admin'))
      throw DomainError.forbidden('only the organisation’s administrators may edit its details');
    if ((current.version ?? 0) !== version) throw stale(organisationId, version);

    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const $set: Record<string, unknown> = {};
    const $unset: Record<string, 1> = {};
    for (const field of EDITABLE) {
      const next = request[field];
      if (next === undefined) continue;
      const previous = stored(current, field);
      if (isDeepStrictEqual(previous ?? null, next)) continue;
      before[field] = previous ?? null;
      after[field] = next;
      if (next === null) $unset[field] = 1;
      else $set[field] = next;
    }
    const fields = Object.keys(after);
    if (fields.length === 0) return toOrganisationResponse(current);

    const event = identityEvent(
      'certhub.organisation.updated.v1',
      { organisationId, fields, changedBy: principal.userId },
      { tenantId: organisationId, aggregateId: organisationId },
    );
    const change = { at: new Date(), by: principal.userId, fields, before, after };
    const updated = await this.organisations.applyEdit(
      organisationId,
      version,
      { $set, $unset, change },
      event,
    );
    if (!updated) throw stale(organisationId, version);
    return toOrganisationResponse(updated);
  };
}

/** The stored value as the request would give it (no database extras, no empty optionals). */
function stored(organisation: Awaited<ReturnType<typeof findVisibleOrganisation>>, field: Editable): unknown {
  const response = toOrganisationResponse(organisation);
  return response[field];
}

const stale = (organisationId: string, version: number) =>
  DomainError.conflict(
    `organisation ${organisationId} was changed by someone else since version ${version}: reload it and apply your edit again`,
  );
