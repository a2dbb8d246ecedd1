import type { Principal } from '@certhub/contracts';
import { isApplicant, readScope, type ReadScope } from '../audits/audit-access';

/**
 * The findings a principal may read: the dossier's rule (own tenant; an auditor only the audits he is booked
 * on), and the applicant sees a finding only once the analyst has processed it
 * (docs/domain/organisation-certification.md#visibility-to-the-applicant): never a recorded or a rejected
 * one.
 */
export function findingScope(principal: Principal): ReadScope {
  const scope = readScope(principal);
  if (scope.kind === 'tenant' && isApplicant(principal))
    return {
      kind: 'tenant',
      filter: { $and: [scope.filter, { $nor: [{ status: 'recorded' }, { status: 'rejected' }] }] },
    };
  return scope;
}
