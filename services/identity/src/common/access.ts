import { ROLE_SIDES, type Principal, type Role } from '@certhub/contracts';

/** Administrators of a whole tenant; a training network's narrower admins invite within their perimeter only. */
const ADMIN_ROLES: readonly Role[] = [
  'platform_admin',
  'cb_admin',
  'org_admin',
  'network_admin',
  'network_supervisor',
];

export const hasRole = (principal: Principal, role: Role): boolean => principal.roles.includes(role);

/** Platform staff: a platform-side role on the platform tenant. */
export const isPlatformStaff = (principal: Principal): boolean =>
  principal.tenantType === 'platform' && principal.roles.some((r) => ROLE_SIDES[r].side === 'platform');

export const isPlatformAdmin = (principal: Principal): boolean =>
  principal.tenantType === 'platform' && hasRole(principal, 'platform_admin');

/** The administrator of his own tenant: an admin role of the side his tenant is on. */
export const isTenantAdmin = (principal: Principal): boolean =>
  principal.roles.some((r) => ADMIN_ROLES.includes(r) && ROLE_SIDES[r].side === principal.tenantType);

/** A member of that organisation (any organisation role). */
export const belongsToOrganisation = (principal: Principal, organisationId: string): boolean =>
  principal.tenantType === 'organisation' && principal.tenantId === organisationId;
