import { ROLE_SIDES, isSystemPrincipal, type Principal, type Role } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import type { DossierView } from './dossier.schema';

export const isSystem = isSystemPrincipal;

export const isPlatformStaff = (p: Principal): boolean =>
  p.tenantType === 'platform' && p.roles.some((r) => ROLE_SIDES[r].side === 'platform');

export const hasAnyRole = (p: Principal, roles: readonly Role[]): boolean =>
  p.roles.some((r) => roles.includes(r));

/** CB roles that see every dossier of their CB; an auditor alone sees only those he audits. */
export const CB_WIDE: readonly Role[] = ['cb_admin', 'analyst', 'decision_maker'];

/**
 * Which dossiers a principal may read, as a filter (tenant-pinned) or a cross-tenant reason.
 * Deny by default: a principal of no known side reads nothing.
 */
export type DossierScope =
  { kind: 'tenant'; filter: FilterQuery<DossierView> } | { kind: 'cross'; reason: string } | { kind: 'none' };

export function dossierScope(p: Principal): DossierScope {
  if (isSystem(p)) return { kind: 'cross', reason: 'the platform itself (schedulers) acts on every dossier' };
  if (isPlatformStaff(p)) return { kind: 'cross', reason: 'platform staff supervise every dossier' };
  if (p.tenantType === 'organisation' && hasAnyRole(p, ['org_admin', 'org_member']))
    return { kind: 'tenant', filter: { tenantId: p.tenantId, organisationId: p.tenantId } };
  if (p.tenantType === 'cb') {
    if (hasAnyRole(p, CB_WIDE)) return { kind: 'tenant', filter: { tenantId: p.tenantId, cbId: p.tenantId } };
    if (hasAnyRole(p, ['auditor']))
      return { kind: 'tenant', filter: { tenantId: p.tenantId, cbId: p.tenantId, auditorIds: p.userId } };
  }
  return { kind: 'none' };
}

export const dossierNotFound = (dossierId: string): DomainError =>
  new DomainError('not_found', `dossier ${dossierId} was not found`);
