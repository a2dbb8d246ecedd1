import { TRAINING_SIDE, candidacyPerimeter, type Principal, type Role } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';

/**
 * Which candidacies (or habilitations: the same four tenants) a principal reads, as a tenant-pinned
 * filter, a cross-tenant reason, or nothing: the contracts' `candidacyPerimeter` as a store filter.
 */
export type PerimeterScope<T> =
  { kind: 'tenant'; filter: FilterQuery<T> } | { kind: 'cross'; reason: string } | { kind: 'none' };

/** The field that names a level's tenant on a record of the individuals' line. */
const LEVEL_FIELD = {
  certifier: 'certifierId',
  network: 'networkId',
  organisation: 'trainingOrganisationId',
  establishment: 'establishmentId',
} as const;

export function perimeterScope<T>(p: Principal): PerimeterScope<T> {
  const perimeter = candidacyPerimeter(p);
  switch (perimeter.level) {
    case 'all':
      return { kind: 'cross', reason: perimeter.reason };
    case 'none':
      return { kind: 'none' };
    case 'certifier':
      return {
        kind: 'tenant',
        filter: { tenantId: perimeter.tenantId, certifierId: perimeter.tenantId } as FilterQuery<T>,
      };
    default:
      return {
        kind: 'tenant',
        filter: {
          tenantId: perimeter.tenantId,
          [LEVEL_FIELD[perimeter.level]]: perimeter.tenantId,
          networkId: perimeter.networkId,
        } as FilterQuery<T>,
      };
  }
}

/** The filter within the scope: a caller's filter narrows it, never widens it. */
export function withinScope<T>(
  scope: Exclude<PerimeterScope<T>, { kind: 'none' }>,
  filter: FilterQuery<T>,
): FilterQuery<T> {
  if (scope.kind === 'cross') return filter;
  return Object.keys(filter).length ? ({ $and: [scope.filter, filter] } as FilterQuery<T>) : scope.filter;
}

/**
 * Where an establishment stands on the training side (itself, its training organisation, its
 * network): the place a record made there (candidacy, transfer, habilitation request) takes.
 */
export const trainingPlaceOf = (establishment: {
  id: string;
  trainingOrganisationId: string;
  networkId: string;
}) => ({
  establishmentId: establishment.id,
  trainingOrganisationId: establishment.trainingOrganisationId,
  networkId: establishment.networkId,
});

/** The four tenants of a record of the individuals' line. */
export const tenantsOf = (place: {
  establishmentId: string;
  trainingOrganisationId: string;
  networkId: string;
  certifierId: string;
}): string[] => [place.establishmentId, place.trainingOrganisationId, place.networkId, place.certifierId];

/** Refuses (403, `refusal`) anyone but the user of a training establishment: a network's training-side role. */
export function requireTrainingSide(p: Principal, refusal: string): void {
  if (p.tenantType !== 'network' || !p.roles.some((r) => (TRAINING_SIDE as readonly Role[]).includes(r)))
    throw DomainError.forbidden(refusal);
}
