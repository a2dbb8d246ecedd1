import type { Principal, Role } from '@certhub/contracts';
import { DomainError, RequestContext } from '@certhub/platform';

/**
 * Who may read figures: staff who steer (platform staff, CB administrators, analysts and
 * decision-makers) and organisation administrators (seed 002: the statistics tab is for
 * administrators). Auditors see only the dossiers they audit, so CB-wide figures are not theirs;
 * organisation members and partners get none either.
 */
const ANALYTICS_READER_ROLES: readonly Role[] = [
  'platform_admin',
  'scheme_manager',
  'cb_admin',
  'analyst',
  'decision_maker',
  'org_admin',
];

/** Whose dossiers a request may count: one CB, one organisation (optionally at one CB), or all. */
export type ReadScope =
  | { kind: 'cb'; cbId: string }
  | { kind: 'organisation'; organisationId: string; cbId?: string }
  | { kind: 'platform' };

export function requirePrincipal(): Principal {
  const principal = RequestContext.principal();
  if (!principal) throw new DomainError('unauthenticated', 'this request needs a signed-in user');
  return principal;
}

/**
 * Deny by default. A CB user sees his CB only and may not name another one; platform staff see
 * every CB or the one they name; an organisation user sees his own organisation's dossiers,
 * whichever CB instructs them, optionally narrowed to one CB.
 */
export function resolveScope(principal: Principal, cbId: string | undefined): ReadScope {
  if (!principal.roles.some((role) => ANALYTICS_READER_ROLES.includes(role)))
    throw DomainError.forbidden(`analytics need one of the roles: ${ANALYTICS_READER_ROLES.join(', ')}`);
  switch (principal.tenantType) {
    case 'platform':
      return cbId ? { kind: 'cb', cbId } : { kind: 'platform' };
    case 'cb':
      if (cbId && cbId !== principal.tenantId)
        throw DomainError.forbidden('a certification body sees its own figures only');
      return { kind: 'cb', cbId: principal.tenantId };
    case 'organisation':
      return { kind: 'organisation', organisationId: principal.tenantId, ...(cbId ? { cbId } : {}) };
    default:
      throw DomainError.forbidden('analytics are not available to this tenant');
  }
}
