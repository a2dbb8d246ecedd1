import { ROLE_SIDES, isSystemPrincipal, type Principal, type Role } from '@certhub/contracts';
import type { FilterQuery } from 'mongoose';
import { TRAINING_SIDE } from './candidacy.table';

/** A certifier's people who follow its candidacies. */
const CERTIFIER_ROLES: readonly Role[] = ['cb_admin', 'certifier_staff', 'jury_member'];

/**
 * Which candidacies (or habilitations: the same four tenants) a principal reads, as a tenant-pinned
 * filter, a cross-tenant reason, or nothing. The training side reaches its perimeter's level: an
 * establishment's users their establishment, an organisation's its establishments, a network's all.
 */
export type PerimeterScope<T> =
  { kind: 'tenant'; filter: FilterQuery<T> } | { kind: 'cross'; reason: string } | { kind: 'none' };

export function perimeterScope<T>(p: Principal): PerimeterScope<T> {
  if (isSystemPrincipal(p))
    return { kind: 'cross', reason: 'the platform itself (schedulers) acts on every candidacy' };
  if (p.tenantType === 'platform' && p.roles.some((r) => ROLE_SIDES[r].side === 'platform'))
    return { kind: 'cross', reason: 'platform staff supervise every candidacy' };
  if (p.tenantType === 'cb' && p.roles.some((r) => CERTIFIER_ROLES.includes(r)))
    return { kind: 'tenant', filter: { tenantId: p.tenantId, certifierId: p.tenantId } as FilterQuery<T> };
  if (p.tenantType === 'network' && p.roles.some((r) => (TRAINING_SIDE as readonly Role[]).includes(r))) {
    const establishmentId = p.perimeter?.establishmentId;
    const organisationId = p.perimeter?.trainingOrganisationId;
    if (establishmentId)
      return {
        kind: 'tenant',
        filter: { tenantId: establishmentId, establishmentId, networkId: p.tenantId } as FilterQuery<T>,
      };
    if (organisationId)
      return {
        kind: 'tenant',
        filter: {
          tenantId: organisationId,
          trainingOrganisationId: organisationId,
          networkId: p.tenantId,
        } as FilterQuery<T>,
      };
    return { kind: 'tenant', filter: { tenantId: p.tenantId, networkId: p.tenantId } as FilterQuery<T> };
  }
  return { kind: 'none' };
}

/** The filter within the scope: a caller's filter narrows it, never widens it. */
export function withinScope<T>(
  scope: Exclude<PerimeterScope<T>, { kind: 'none' }>,
  filter: FilterQuery<T>,
): FilterQuery<T> {
  if (scope.kind === 'cross') return filter;
  return Object.keys(filter).length ? ({ $and: [scope.filter, filter] } as FilterQuery<T>) : scope.filter;
}

/** The four tenants of a record of the individuals' line. */
export const tenantsOf = (place: {
  establishmentId: string;
  trainingOrganisationId: string;
  networkId: string;
  certifierId: string;
}): string[] => [place.establishmentId, place.trainingOrganisationId, place.networkId, place.certifierId];
