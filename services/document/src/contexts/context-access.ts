import { isSystemPrincipal, type ContextAccess, type Principal } from '@certhub/contracts';
import type { DocumentContextRecord } from './context.schema';

/** Internal calls of the owning services (dossier…), never a user's token. */
export const isSystem = isSystemPrincipal;

/**
 * An entry without users or roles names the whole tenant; with them, only those (need-to-know). An
 * entry with a perimeter keeps to the users whose own perimeter reaches it.
 */
function listed(entries: readonly ContextAccess[], principal: Principal): boolean {
  return entries.some(
    (e) =>
      e.tenantType === principal.tenantType &&
      e.tenantId === principal.tenantId &&
      (!e.perimeter || reaches(principal, e.perimeter)) &&
      ((!e.userIds && !e.roles) ||
        Boolean(e.userIds?.includes(principal.userId)) ||
        Boolean(e.roles?.some((role) => principal.roles.includes(role)))),
  );
}

/** The network's staff (no perimeter) reach every place; an organisation's its own; an establishment's its own. */
function reaches(principal: Principal, place: NonNullable<ContextAccess['perimeter']>): boolean {
  const own = principal.perimeter;
  if (!own) return true;
  if (own.trainingOrganisationId !== place.trainingOrganisationId) return false;
  return !own.establishmentId || own.establishmentId === place.establishmentId;
}

/** Writers read what they write; the system reads everything. Deny by default. */
export function canRead(
  context: Pick<DocumentContextRecord, 'readers' | 'writers' | 'readableByAnyUser'>,
  principal: Principal,
): boolean {
  return (
    isSystem(principal) ||
    Boolean(context.readableByAnyUser) ||
    listed(context.readers, principal) ||
    listed(context.writers, principal)
  );
}

export function canWrite(context: Pick<DocumentContextRecord, 'writers'>, principal: Principal): boolean {
  return isSystem(principal) || listed(context.writers, principal);
}
