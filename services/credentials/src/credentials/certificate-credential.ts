import type { CertificateData, EventPayload, StatusPurpose } from '@certhub/contracts';
import { STATUS_PURPOSES } from '@certhub/contracts';
import type { CredentialDraft } from './issue-credential/issue-credential.usecase';

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface CredentialIssuer {
  did: string;
  statusListUrl: (purpose: StatusPurpose) => string;
  verifyUrl: string;
}

type Address = CertificateData['holder']['address'];
const address = (a: Address) => ({
  type: ['Address'],
  streetAddress: [a.line1, a.line2].filter(Boolean).join(', '),
  postalCode: a.postalCode,
  addressLocality: a.city,
  addressCountry: a.country,
});

/**
 * The certificate as a W3C VC Data Model 2.0 credential in the Open Badges 3.0 shape: the
 * achievement is the scheme (and level) with the scope as its criteria; the subject is the holder
 * organisation (SIREN, certified sites). Terms beyond both contexts fall under VC 2.0's issuer-
 * dependent vocabulary.
 */
export function certificateCredential(
  data: CertificateData,
  issuer: CredentialIssuer,
  statusIndex: number,
): Record<string, unknown> {
  const achievementName = data.level ? `${data.schemeTitle} — ${data.level}` : data.schemeTitle;
  return {
    '@context': [VC_V2, OB_V3],
    id: `urn:certhub:certificate:${data.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievementName,
    issuer: {
      id: issuer.did,
      type: ['Profile'],
      name: data.cb.name,
      address: address(data.cb.address),
      ...(data.cb.accreditation ? { accreditation: data.cb.accreditation } : {}),
    },
    validFrom: `${data.validFrom}T00:00:00Z`,
    validUntil: `${data.validUntil}T23:59:59Z`,
    credentialSubject: {
      id: `urn:siren:${data.holder.siren}`,
      type: ['AchievementSubject'],
      name: data.holder.name,
      siren: data.holder.siren,
      address: address(data.holder.address),
      sites: data.sites.map((site) => ({
        siret: site.siret,
        name: site.name,
        address: address(site.address),
      })),
      achievement: {
        id: `urn:certhub:scheme:${data.schemeId}:${data.schemeVersion}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: achievementName,
        description: data.schemeTitle,
        criteria: { narrative: data.scope.join('\n') },
        ...(data.level ? { level: data.level } : {}),
      },
      certificateNumber: data.number,
      scope: data.scope,
      mentions: data.mentions,
    },
    ...verification(issuer, data.number, statusIndex),
  };
}

/**
 * JWT claims beside the credential (VC-JOSE-COSE lets them repeat what it says): generic JWT
 * verifiers check the issuer, the validity window and the id without knowing VCs.
 */
function jwtClaims(data: CertificateData, issuerDid: string): Record<string, unknown> {
  return {
    iss: issuerDid,
    jti: `urn:certhub:certificate:${data.certificateId}`,
    iat: Math.floor(Date.parse(data.issuedAt) / 1000),
    nbf: Math.floor(Date.parse(`${data.validFrom}T00:00:00Z`) / 1000),
    exp: Math.floor(Date.parse(`${data.validUntil}T23:59:59Z`) / 1000),
  };
}

/** What every credential of certhub ends with: where to verify it, and its place in the CB's status lists. */
function verification(issuer: CredentialIssuer, number: string, statusIndex: number) {
  return {
    evidence: [{ id: issuer.verifyUrl, type: ['Evidence'], name: number }],
    credentialStatus: STATUS_PURPOSES.map((purpose) => ({
      id: `${issuer.statusListUrl(purpose)}#${statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListIndex: String(statusIndex),
      statusListCredential: issuer.statusListUrl(purpose),
    })),
  };
}

/** An organisation's certificate (issued or renewed by the dossier service). */
export function organisationDraft(data: CertificateData): CredentialDraft {
  return {
    certificateId: data.certificateId,
    number: data.number,
    cbId: data.cbId,
    tenantIds: [data.organisationId, data.cbId],
    claims: (issuer, statusIndex) => ({
      ...certificateCredential(data, issuer, statusIndex),
      ...jwtClaims(data, issuer.did),
    }),
  };
}

export type IndividualCertificate = EventPayload<'certhub.certificate.individual_issued.v1'>;

/**
 * A person's certificate as an Open Badges 3.0 credential: the achievement is the certification
 * (`achievementType: Certification`), the subject names the person with an unhashed `name`
 * IdentityObject (the OB 3.0 way; a person has no identifier of ours worth publishing) and her
 * given and family names. The person holds no account of a tenant: her CB downloads it here, her
 * training side through the certificate service, which keeps her perimeter.
 */
export function individualDraft(data: IndividualCertificate): CredentialDraft {
  const fullName = `${data.holder.givenName} ${data.holder.familyName}`;
  const id = `urn:certhub:certificate:${data.certificateId}`;
  const issuedAt = Math.floor(Date.parse(data.issuedAt) / 1000);
  return {
    certificateId: data.certificateId,
    number: data.number,
    cbId: data.cbId,
    tenantIds: [data.cbId],
    claims: (issuer, statusIndex) => ({
      '@context': [VC_V2, OB_V3],
      id,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: data.title,
      issuer: { id: issuer.did, type: ['Profile'] },
      validFrom: data.issuedAt,
      ...(data.validUntil ? { validUntil: data.validUntil } : {}),
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: fullName }],
        givenName: data.holder.givenName,
        familyName: data.holder.familyName,
        achievement: {
          id: `${id}#achievement`,
          type: ['Achievement'],
          achievementType: 'Certification',
          name: data.title,
          description: data.title,
          criteria: { narrative: data.title },
        },
        certificateNumber: data.number,
      },
      ...verification(issuer, data.number, statusIndex),
      iss: issuer.did,
      jti: id,
      iat: issuedAt,
      nbf: issuedAt,
      ...(data.validUntil ? { exp: Math.floor(Date.parse(data.validUntil) / 1000) } : {}),
    }),
  };
}
