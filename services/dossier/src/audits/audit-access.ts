import type { Principal } from '@certhub/contracts';
import { DomainError, cappedTotal, type ListTotal } from '@certhub/platform';
import type { FilterQuery, Model, ProjectionType, SortOrder } from 'mongoose';
import { dossierScope } from '../lifecycle/dossier-access';

/**
 * Audits and findings carry the dossier's `tenantId`, `organisationId`, `cbId` and the booked
 * `auditorIds`, so the dossier's read rule applies to them as is: the applicant sees its own, a CB
 * its own, an auditor only those he is booked on, platform staff everything (stated reason).
 */
export type ReadScope =
  { kind: 'tenant'; filter: FilterQuery<Record<string, unknown>> } | { kind: 'cross'; reason: string };

export function readScope(principal: Principal): ReadScope {
  const scope = dossierScope(principal);
  if (scope.kind === 'none') throw DomainError.forbidden('this role has no access to audits and findings');
  if (scope.kind === 'cross') return scope;
  return { kind: 'tenant', filter: scope.filter as FilterQuery<Record<string, unknown>> };
}

/**
 * A caller's filter within a read scope: both must hold (`$and`), so a filter on `tenantId`,
 * `cbId` or `auditorIds` narrows the scope, never widens it. A cross-tenant scope adds nothing.
 */
export function scopedFilter<T>(scope: ReadScope, filter: FilterQuery<T>): FilterQuery<T> {
  if (scope.kind === 'cross') return filter;
  const within = scope.filter as FilterQuery<T>;
  return Object.keys(filter).length ? ({ $and: [within, filter] } as FilterQuery<T>) : within;
}

/** The query options of a scope: a cross-tenant read states its reason; a tenant one is in the filter. */
export const scopeOptions = (scope: ReadScope): { crossTenant?: string } =>
  scope.kind === 'cross' ? { crossTenant: scope.reason } : {};

/** One page of a scoped search of audits or findings, and its total (capped, as every list's). */
export async function scopedPage<T>(
  model: Model<T>,
  scope: ReadScope,
  filter: FilterQuery<T>,
  sort: Record<string, SortOrder>,
  page: { page: number; pageSize: number },
  projection?: ProjectionType<T>,
): Promise<{ items: T[] } & ListTotal> {
  const where = scopedFilter(scope, filter);
  const options = scopeOptions(scope);
  const [items, total] = await Promise.all([
    model
      .find(where, projection)
      .setOptions(options)
      .sort(sort)
      .skip((page.page - 1) * page.pageSize)
      .limit(page.pageSize)
      .lean<T[]>(),
    cappedTotal(model.countDocuments(where).setOptions(options), page),
  ]);
  return { items, ...total };
}

export const isApplicant = (p: Principal): boolean => p.tenantType === 'organisation';
