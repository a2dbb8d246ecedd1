import { isSystemPrincipal, type ContextAccess, type Principal } from '@certhub/contracts';
import type { DocumentContextRecord } from './context.schema';

/** Internal calls of the owning services (dossier…), never a user's token. */
export const isSystem = isSystemPrincipal;

function listed(entries: readonly ContextAccess[], principal: Principal): boolean {
  return entries.some(
    (e) =>
      e.tenantType === principal.tenantType &&
      e.tenantId === principal.tenantId &&
      (!e.userIds || e.userIds.includes(principal.userId)),
  );
}

/** Writers read what they write; the system reads everything. Deny by default. */
export function canRead(context: DocumentContextRecord, principal: Principal): boolean {
  return isSystem(principal) || listed(context.readers, principal) || listed(context.writers, principal);
}

export function canWrite(context: DocumentContextRecord, principal: Principal): boolean {
  return isSystem(principal) || listed(context.writers, principal);
}
