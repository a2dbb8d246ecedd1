import { z } from 'zod';

export const TENANT_TYPES = ['platform', 'cb', 'organisation', 'partner'] as const;
export const TenantTypeSchema = z.enum(TENANT_TYPES);
export type TenantType = z.infer<typeof TenantTypeSchema>;

export const ROLES = [
  'platform_admin',
  'scheme_manager',
  'cb_admin',
  'analyst',
  'auditor',
  'decision_maker',
  'org_admin',
  'org_member',
  'partner',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/**
 * The tenant side each role lives on and its rank within that side. A user may grant a role only
 * on his own side and of a rank equal to or below his own (docs/domain/roles-and-tenancy.md#granting-roles).
 */
export const ROLE_SIDES: Readonly<Record<Role, { side: TenantType; rank: number }>> = {
  platform_admin: { side: 'platform', rank: 2 },
  scheme_manager: { side: 'platform', rank: 1 },
  cb_admin: { side: 'cb', rank: 2 },
  analyst: { side: 'cb', rank: 1 },
  auditor: { side: 'cb', rank: 1 },
  decision_maker: { side: 'cb', rank: 1 },
  org_admin: { side: 'organisation', rank: 2 },
  org_member: { side: 'organisation', rank: 1 },
  partner: { side: 'partner', rank: 1 },
};

/** True when a holder of `granter` roles may grant `role`: same side, rank not above his best. */
export function mayGrantRole(granter: readonly Role[], role: Role): boolean {
  const wanted = ROLE_SIDES[role];
  return granter.some((r) => ROLE_SIDES[r].side === wanted.side && ROLE_SIDES[r].rank >= wanted.rank);
}
