import { ANALYTICS_READER_ROLES, type Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/** Whose dossiers a request may count: one CB, one organisation (optionally at one CB), or all. */
export type ReadScope =
  | { kind: 'cb'; cbId: string }
  | { kind: 'organisation'; organisationId: string; cbId?: string }
  | { kind: 'platform' };

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
