import type { Principal } from '@certhub/contracts';
import type { FilterQuery } from 'mongoose';
import type { AppealDoc } from './appeal.schema';

/**
 * Who reads an appeal: the CB's administrators its whole register, any other member of the CB only
 * the appeals in his charge (as for complaints), and the appellant organisation its own appeals.
 * Null: nothing is visible.
 */
export function appealScope(principal: Principal): FilterQuery<AppealDoc> | null {
  if (principal.tenantType === 'organisation')
    return { tenantId: principal.tenantId, organisationId: principal.tenantId };
  if (principal.tenantType !== 'cb') return null;
  if (principal.roles.includes('cb_admin')) return { tenantId: principal.tenantId, cbId: principal.tenantId };
  return { tenantId: principal.tenantId, cbId: principal.tenantId, handlerId: principal.userId };
}
