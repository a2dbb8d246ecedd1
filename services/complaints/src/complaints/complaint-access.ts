import type { Principal } from '@certhub/contracts';
import type { FilterQuery } from 'mongoose';
import type { ComplaintDoc } from './complaint.schema';

/**
 * Who reads a complaint (docs/domain/complaints-and-appeals.md#confidentiality): the complainant's
 * identity is for the CB staff handling it, so its administrators read the whole register and any
 * other member of the CB only the complaints in his charge. Nobody outside the CB, and never the
 * organisation complained about. Null: nothing is visible.
 */
export function complaintScope(principal: Principal): FilterQuery<ComplaintDoc> | null {
  if (principal.tenantType !== 'cb') return null;
  if (principal.roles.includes('cb_admin')) return { tenantId: principal.tenantId };
  return { tenantId: principal.tenantId, handlerId: principal.userId };
}
