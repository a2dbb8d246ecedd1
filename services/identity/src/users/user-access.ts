import { ROLES, mayGrantRole, type Principal, type Role } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { isTenantAdmin } from '../common/access';

/** User management belongs to the administrators of the tenant, and to them only (seed 002). */
export function requireTenantAdmin(principal: Principal, action: string): void {
  if (!isTenantAdmin(principal)) throw DomainError.forbidden(`only administrators may ${action}`);
}

/** Seed 002: "un rôle identique ou inférieur au sien, mais jamais un rôle supérieur". */
export function requireMayGrant(principal: Principal, role: Role): void {
  if (mayGrantRole(principal.roles, role)) return;
  const grantable = ROLES.filter((r) => mayGrantRole(principal.roles, r));
  throw DomainError.forbidden(
    `you may grant only roles equal to or below your own: ${grantable.join(', ') || 'none'} (not ${role})`,
  );
}

/** The same ceiling for acting on an existing account. */
export function requireMayManage(principal: Principal, role: Role): void {
  if (!mayGrantRole(principal.roles, role))
    throw DomainError.forbidden(
      `you may manage only users whose role is equal to or below your own (not ${role})`,
    );
}
