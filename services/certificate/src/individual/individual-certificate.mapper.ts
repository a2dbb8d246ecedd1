import type { IndividualCertificate, IndividualVerification } from '@certhub/contracts';
import type { IndividualCertificateRecord } from './individual-certificate.schema';

const iso = (d: Date | string): string => new Date(d).toISOString();

export function toIndividualCertificateResponse(c: IndividualCertificateRecord): IndividualCertificate {
  return {
    certificateId: c._id,
    number: c.number,
    candidacyId: c.candidacyId,
    candidacyReference: c.candidacyReference,
    establishmentId: c.establishmentId,
    holder: { givenName: c.holder.givenName, familyName: c.holder.familyName, birthDate: c.holder.birthDate },
    title: c.title,
    frameworkVersion: c.frameworkVersion,
    juryDate: c.juryDate,
    certifier: { id: c.cbId, name: c.certifierName },
    issuedAt: iso(c.issuedAt),
    ...(c.validUntil ? { validUntil: iso(c.validUntil) } : {}),
    status: c.status,
    ...(c.withdrawal ? { withdrawal: { at: iso(c.withdrawal.at), reason: c.withdrawal.reason } } : {}),
    pdfAvailable: Boolean(c.pdf),
  };
}

/** Public: the holder's names and the certificate's standing, never the birth date nor the dossier. */
export function toIndividualVerification(c: IndividualCertificateRecord): IndividualVerification {
  return {
    number: c.number,
    holder: { givenName: c.holder.givenName, familyName: c.holder.familyName },
    title: c.title,
    juryDate: c.juryDate,
    certifierName: c.certifierName,
    issuedAt: iso(c.issuedAt),
    ...(c.validUntil ? { validUntil: iso(c.validUntil) } : {}),
    status: c.status,
    ...(c.withdrawal ? { withdrawnAt: iso(c.withdrawal.at) } : {}),
  };
}
