import type { RpcResponse } from '@certhub/contracts';
import { effectiveStatus } from '../certificate-status';
import type { Certificate } from '../certificate.schema';

export type VerificationResponse = RpcResponse<'certificate.verify.number'>;
export type CertificateListItemResponse = RpcResponse<'certificate.list'>['items'][number];

/**
 * What anyone may learn about a certificate: status, validity, scope, the holder company and its
 * certified sites. No person is named: no user, auditor or decider, no e-mail, no address.
 */
export function toVerificationResponse(certificate: Certificate, on: string): VerificationResponse {
  return {
    number: certificate.number,
    status: effectiveStatus(certificate, on),
    holderName: certificate.holder.name,
    holderSiren: certificate.holder.siren,
    schemeId: certificate.schemeId,
    schemeVersion: certificate.schemeVersion,
    schemeTitle: certificate.schemeTitle,
    ...(certificate.level ? { level: certificate.level } : {}),
    scope: certificate.scope,
    sites: certificate.sites.map((site) => ({ siret: site.siret, name: site.name })),
    validFrom: certificate.validFrom,
    validUntil: certificate.validUntil,
    cbId: certificate.cbId,
    cbName: certificate.cb.name,
  };
}

export function toCertificateListItemResponse(
  certificate: Certificate,
  on: string,
  pdfAvailable: boolean,
): CertificateListItemResponse {
  return { ...toVerificationResponse(certificate, on), certificateId: certificate._id, pdfAvailable };
}
