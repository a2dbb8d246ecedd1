import { ROLES, mayGrantRole, type Principal, type Role } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { isTenantAdmin } from '../common/access';

/**
 * User management belongs to the administrators of the tenant, and to them only
 * (docs/domain/roles-and-tenancy.md#user-management).
 */
export function requireTenantAdmin(principal: Principal, action: string): void {
  if (!isTenantAdmin(principal)) throw DomainError.forbidden(`only administrators may ${action}`);
}

/**
 * A role equal to or below the granter's own, never above (docs/domain/roles-and-tenancy.md#granting-roles).
 */
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
