import { ROLE_SIDES, type Principal, type Role } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import type { IndividualCertificateRecord } from './individual-certificate.schema';

type Filter = FilterQuery<IndividualCertificateRecord>;

/** The certifier's staff, who issue and withdraw; with its jury, those who read its certificates. */
const CERTIFIER_STAFF: readonly Role[] = ['cb_admin', 'certifier_staff'];
const CERTIFIER_PEOPLE: readonly Role[] = [...CERTIFIER_STAFF, 'jury_member'];

/** Which individual certificates a principal reads: a tenant-pinned filter, or all of them (platform staff). */
export type IndividualReader = { kind: 'tenant'; filter: Filter } | { kind: 'platform' };

/**
 * Deny by default: the certifier's people read the certificates it issued; a network's users those
 * of their perimeter's candidates (an establishment's users their establishment's, an organisation's
 * its establishments', the network's staff all); platform staff every one.
 */
export function requireIndividualReader(principal: Principal | undefined): IndividualReader {
  if (!principal) throw new DomainError('unauthenticated', 'this request needs a signed-in user');
  const t = principal.tenantId;
  if (principal.tenantType === 'cb' && principal.roles.some((r) => CERTIFIER_PEOPLE.includes(r)))
    return { kind: 'tenant', filter: { tenantId: t, cbId: t } };
  if (principal.tenantType === 'network') {
    const { establishmentId, trainingOrganisationId } = principal.perimeter ?? {};
    if (establishmentId)
      return { kind: 'tenant', filter: { tenantId: establishmentId, establishmentId, networkId: t } };
    if (trainingOrganisationId)
      return {
        kind: 'tenant',
        filter: { tenantId: trainingOrganisationId, trainingOrganisationId, networkId: t },
      };
    return { kind: 'tenant', filter: { tenantId: t, networkId: t } };
  }
  if (principal.tenantType === 'platform' && principal.roles.some((r) => ROLE_SIDES[r].side === 'platform'))
    return { kind: 'platform' };
  throw DomainError.forbidden(
    'individual certificates are read by the candidate’s training network and its certifier; use public verification',
  );
}

/** The certifier acting on its own certificates (withdrawal). */
export function requireCertifier(principal: Principal | undefined): Filter {
  if (!principal) throw new DomainError('unauthenticated', 'this request needs a signed-in user');
  if (principal.tenantType !== 'cb' || !principal.roles.some((r) => CERTIFIER_STAFF.includes(r)))
    throw DomainError.forbidden('only the certifier that issued an individual certificate withdraws it');
  return { tenantId: principal.tenantId, cbId: principal.tenantId };
}
