import { z } from 'zod';
import { RoleSchema, TenantTypeSchema } from './roles';

/** Who is acting: built by the gateway from a verified token, carried to services in NATS headers. */
export const PrincipalSchema = z.object({
  userId: z.string().min(1),
  tenantType: TenantTypeSchema,
  tenantId: z.string().min(1),
  roles: z.array(RoleSchema),
  email: z.string().optional(),
  /** OAuth client id for partner (client-credentials) principals. */
  clientId: z.string().optional(),
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
