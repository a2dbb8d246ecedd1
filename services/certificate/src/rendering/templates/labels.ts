import type { CertificateData } from '@certhub/contracts';

export type Locale = CertificateData['locale'];

/** The fixed wording around a certificate's data, per language. */
export interface CertificateLabels {
  title: string;
  number: string;
  attests: string;
  siren: string;
  conforms: string;
  level: string;
  scope: string;
  sites: string;
  siret: string;
  validFrom: string;
  validUntil: string;
  issuedOn: string;
  certificationBody: string;
  accreditation: string;
  verify: string;
  doneAt: string;
  on: string;
  signatureOf: string;
  /** Before a value: French puts a space before the colon, English none. */
  colon: string;
}

export const LABELS: Record<Locale, CertificateLabels> = {
  fr: {
    title: 'Certificat',
    number: 'Certificat n°',
    attests: 'L’organisme certificateur atteste que',
    siren: 'SIREN',
    conforms: 'satisfait aux exigences du référentiel',
    level: 'Niveau',
    scope: 'Caractéristiques certifiées',
    sites: 'Sites certifiés',
    siret: 'SIRET',
    validFrom: 'Valide du',
    validUntil: 'au',
    issuedOn: 'Émis le',
    certificationBody: 'Organisme certificateur',
    accreditation: 'Accréditation',
    verify: 'Vérifier ce certificat :',
    doneAt: 'Fait à',
    on: 'le',
    signatureOf: 'Signature de',
    colon: ' :',
  },
  en: {
    title: 'Certificate',
    number: 'Certificate No.',
    attests: 'The certification body attests that',
    siren: 'SIREN',
    conforms: 'meets the requirements of the scheme',
    level: 'Level',
    scope: 'Certified characteristics',
    sites: 'Certified sites',
    siret: 'SIRET',
    validFrom: 'Valid from',
    validUntil: 'until',
    issuedOn: 'Issued on',
    certificationBody: 'Certification body',
    accreditation: 'Accreditation',
    verify: 'Verify this certificate:',
    doneAt: 'Issued at',
    on: 'on',
    signatureOf: 'Signature of',
    colon: ':',
  },
};
