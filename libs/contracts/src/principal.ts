import { z } from 'zod';
import { ROLE_SIDES, RoleSchema, TRAINING_STAFF, TenantTypeSchema, type Role } from './roles';

/**
 * Within a `network` tenant, how far the principal reaches: absent for the network's own staff,
 * the training organisation for its staff, and the establishment too for an establishment's.
 */
export const PerimeterSchema = z
  .object({
    trainingOrganisationId: z.string().min(1).max(64),
    establishmentId: z.string().min(1).max(64).optional(),
  })
  .strict();
export type Perimeter = z.infer<typeof PerimeterSchema>;

/** Who is acting: built by the gateway from a verified token, carried to services in NATS headers. */
export const PrincipalSchema = z.object({
  userId: z.string().min(1),
  tenantType: TenantTypeSchema,
  tenantId: z.string().min(1),
  roles: z.array(RoleSchema),
  email: z.string().optional(),
  /** OAuth client id for partner (client-credentials) principals. */
  clientId: z.string().optional(),
  perimeter: PerimeterSchema.optional(),
});
export type Principal = z.infer<typeof PrincipalSchema>;

/** Internal work (relays, schedulers) acts as the platform itself, never as a tenant user. */
export const SYSTEM_PRINCIPAL: Principal = Object.freeze({
  userId: 'system',
  tenantType: 'platform',
  tenantId: 'platform',
  roles: [],
}) as Principal;

/**
 * The platform's own internal calls (schedulers, consumers, one service reading another's data
 * for its work). Never built from a token: the token verifier refuses a subject named like it.
 */
export function isSystemPrincipal(principal: Principal): boolean {
  return (
    principal.userId === SYSTEM_PRINCIPAL.userId &&
    principal.tenantType === SYSTEM_PRINCIPAL.tenantType &&
    principal.roles.length === 0
  );
}

/** A place in a training network: the network, and optionally one organisation and one establishment of it. */
export interface NetworkPlace {
  networkId: string;
  trainingOrganisationId?: string;
  establishmentId?: string;
}

/**
 * True when the principal's perimeter holds `place`: same network, and the principal's organisation
 * and establishment, when he has them, are the place's. A network's staff hold all of it.
 */
export function perimeterHolds(principal: Principal, place: NetworkPlace): boolean {
  if (principal.tenantType !== 'network' || principal.tenantId !== place.networkId) return false;
  const own = principal.perimeter;
  if (!own) return true;
  if (own.trainingOrganisationId !== place.trainingOrganisationId) return false;
  return own.establishmentId === undefined || own.establishmentId === place.establishmentId;
}

/**
 * Who edits a network, an organisation or an establishment (their details, contacts, options): the
 * administrators of the level the place is in or above it, within their perimeter (the network's
 * administrators and supervisors, an organisation's administrator, an establishment's
 * administrator), and the platform's administrators. The certifier changes only the active flag.
 * The identity service decides with it; the portal shows the edit forms by it.
 */
export function mayEditNetworkPlace(principal: Principal, place: NetworkPlace): boolean {
  if (principal.tenantType === 'platform') return principal.roles.includes('platform_admin');
  if (!perimeterHolds(principal, place)) return false;
  const own = principal.perimeter;
  const admins: readonly Role[] = !own
    ? ['network_admin', 'network_supervisor']
    : own.establishmentId
      ? ['establishment_admin']
      : ['training_org_admin'];
  return principal.roles.some((r) => admins.includes(r));
}

/** A certifier's people who follow its candidacies (the jury included). */
const CERTIFIER_FOLLOWERS: readonly Role[] = ['cb_admin', 'certifier_staff', 'jury_member'];

/**
 * Which candidacies of the individuals' line a principal reads: every one (the platform itself and
 * its staff), a certifier's, or a training network's at the principal's level (an establishment's
 * users their establishment, an organisation's its establishments, the network's staff all of it).
 * Every record of that line carries its four tenants, so each level is one tenant id. The one rule
 * for the candidacy service's records and the analytics read model alike: tenant isolation.
 */
export type CandidacyPerimeter =
  | { level: 'all'; reason: string }
  | { level: 'certifier'; tenantId: string }
  | { level: 'network'; tenantId: string; networkId: string }
  | { level: 'organisation'; tenantId: string; networkId: string }
  | { level: 'establishment'; tenantId: string; networkId: string }
  | { level: 'none' };

export function candidacyPerimeter(p: Principal): CandidacyPerimeter {
  if (isSystemPrincipal(p))
    return { level: 'all', reason: 'the platform itself (schedulers) acts on every candidacy' };
  if (p.tenantType === 'platform' && p.roles.some((r) => ROLE_SIDES[r].side === 'platform'))
    return { level: 'all', reason: 'platform staff supervise every candidacy' };
  if (p.tenantType === 'cb' && p.roles.some((r) => CERTIFIER_FOLLOWERS.includes(r)))
    return { level: 'certifier', tenantId: p.tenantId };
  if (p.tenantType === 'network' && p.roles.some((r) => (TRAINING_STAFF as readonly Role[]).includes(r))) {
    const { establishmentId, trainingOrganisationId } = p.perimeter ?? {};
    if (establishmentId) return { level: 'establishment', tenantId: establishmentId, networkId: p.tenantId };
    if (trainingOrganisationId)
      return { level: 'organisation', tenantId: trainingOrganisationId, networkId: p.tenantId };
    return { level: 'network', tenantId: p.tenantId, networkId: p.tenantId };
  }
  return { level: 'none' };
}
