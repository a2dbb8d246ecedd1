import { z } from 'zod';
import { RoleSchema, TenantTypeSchema } from './roles';

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
