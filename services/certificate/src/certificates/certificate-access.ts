import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/** A tenant allowed to read certificates, and the field that names it on a certificate. */
export interface CertificateReader {
  tenantId: string;
  field: 'organisationId' | 'cbId';
}

/**
 * Deny by default: the holder organisation's users and its certification body's users read a
 * certificate; everyone else uses public verification.
 */
export function requireCertificateReader(principal: Principal | undefined): CertificateReader {
  if (!principal) throw new DomainError('unauthenticated', 'this request needs a signed-in user');
  if (principal.tenantType === 'organisation')
    return { tenantId: principal.tenantId, field: 'organisationId' };
  if (principal.tenantType === 'cb') return { tenantId: principal.tenantId, field: 'cbId' };
  throw DomainError.forbidden(
    'certificates are read by their holder organisation and its certification body; use public verification',
  );
}
