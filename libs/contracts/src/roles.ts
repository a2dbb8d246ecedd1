import { z } from 'zod';

/**
 * `network`: a network of training organisations of the individuals' line, the top of its
 * hierarchy (network → training organisations → establishments); a lone training organisation is a
 * network of one. The principal's perimeter narrows it (docs/domain/training-networks.md).
 */
export const TENANT_TYPES = ['platform', 'cb', 'organisation', 'partner', 'network'] as const;
export const TenantTypeSchema = z.enum(TENANT_TYPES);
export type TenantType = z.infer<typeof TenantTypeSchema>;

/** The training side: everyone of a network, its organisations and its establishments. */
export const TRAINING_STAFF = [
  'network_admin',
  'network_supervisor',
  'training_org_admin',
  'training_org_user',
  'establishment_admin',
  'establishment_user',
] as const;

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
  'certifier_staff',
  'jury_member',
  ...TRAINING_STAFF,
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;
/** Their administrators and the network's supervisors. */
export const TRAINING_ADMINS = [
  'network_admin',
  'network_supervisor',
  'training_org_admin',
  'establishment_admin',
] as const satisfies readonly Role[];
/**
 * The CB's office, who runs a dossier's commercial and planning steps (the offer, the contract,
 * the audits' dates and auditors): its administrators and its analysts.
 */
export const CB_OFFICE = ['cb_admin', 'analyst'] as const satisfies readonly Role[];
/** Everyone who records or follows candidacies: the training side, the certifier's staff, platform staff. */
export const CANDIDACY_FOLLOWERS = [
  ...TRAINING_STAFF,
  'cb_admin',
  'certifier_staff',
  'platform_admin',
] as const satisfies readonly Role[];

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
  // A CB acting as certifier of the individuals' line: its staff instruct habilitations and
  // transfers, its jury members decide on candidacies.
  certifier_staff: { side: 'cb', rank: 1 },
  jury_member: { side: 'cb', rank: 1 },
  // The training side, in the order of the platform guide: each grants only what is below it.
  network_admin: { side: 'network', rank: 6 },
  network_supervisor: { side: 'network', rank: 5 },
  training_org_admin: { side: 'network', rank: 4 },
  training_org_user: { side: 'network', rank: 3 },
  establishment_admin: { side: 'network', rank: 2 },
  establishment_user: { side: 'network', rank: 1 },
};

export const PERIMETER_LEVELS = ['network', 'organisation', 'establishment'] as const;
export type PerimeterLevel = (typeof PERIMETER_LEVELS)[number];

/** How far a training-side role reaches: its whole network, one organisation, one establishment. */
export const NETWORK_ROLE_LEVEL: Readonly<Partial<Record<Role, PerimeterLevel>>> = {
  network_admin: 'network',
  network_supervisor: 'network',
  training_org_admin: 'organisation',
  training_org_user: 'organisation',
  establishment_admin: 'establishment',
  establishment_user: 'establishment',
};

/** Training-side roles that manage users, organisations and establishments within their perimeter. */
export const NETWORK_ADMIN_ROLES: readonly Role[] = TRAINING_ADMINS;

/** True when a holder of `granter` roles may grant `role`: same side, rank not above his best. */
export function mayGrantRole(granter: readonly Role[], role: Role): boolean {
  const wanted = ROLE_SIDES[role];
  return granter.some((r) => ROLE_SIDES[r].side === wanted.side && ROLE_SIDES[r].rank >= wanted.rank);
}

/**
 * True when `perimeter` has exactly the depth `role` reaches: nothing for the network's roles, the
 * organisation for an organisation's, organisation and establishment for an establishment's.
 */
export function perimeterFitsRole(
  role: Role,
  perimeter: { trainingOrganisationId?: string; establishmentId?: string } | undefined,
): boolean {
  const level = NETWORK_ROLE_LEVEL[role];
  if (!level) return perimeter === undefined;
  const depth = !perimeter ? 'network' : perimeter.establishmentId ? 'establishment' : 'organisation';
  return depth === level && (level === 'network' || Boolean(perimeter?.trainingOrganisationId));
}
