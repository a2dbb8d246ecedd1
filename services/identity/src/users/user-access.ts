import { ROLES, mayGrantRole, type Perimeter, type Principal, type Role } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { isTenantAdmin } from '../common/access';

/**
 * User management belongs to the administrators of the tenant, and to them only
 * (docs/domain/roles-and-tenancy.md#user-management).
 */
export function requireTenantAdmin(principal: Principal, action: string): void {
  if (!isTenantAdmin(principal)) throw DomainError.forbidden(`only administrators may ${action}`);
}

/** The users an administrator manages: his whole tenant (`{}`), or one organisation or establishment of his network. */
export type UserReach = Partial<Perimeter>;

/** The administrator's role of each depth of a training network's perimeter. */
const PERIMETER_ADMIN: Readonly<Record<'organisation' | 'establishment', Role>> = {
  organisation: 'training_org_admin',
  establishment: 'establishment_admin',
};

/**
 * Which users the principal manages (docs/domain/training-networks.md#roles-and-perimeter): a
 * tenant's administrators all of it; an organisation's administrator the users of his organisation
 * (its establishments' included), an establishment's administrator those of his establishment.
 * Anyone else may not manage users at all.
 */
export function requireUserReach(principal: Principal, action: string): UserReach {
  if (isTenantAdmin(principal)) return {};
  const own = principal.perimeter;
  if (principal.tenantType === 'network' && own) {
    const admin = PERIMETER_ADMIN[own.establishmentId ? 'establishment' : 'organisation'];
    if (principal.roles.includes(admin)) return own;
  }
  throw DomainError.forbidden(`only administrators may ${action}`);
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
