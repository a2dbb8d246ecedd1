import type { CertificateData, EventPayload } from '@certhub/contracts';
import { randomInt } from 'node:crypto';
import { uniqueId } from './ids';

/**
 * The mandatory mentions of AMARC chapter VIII (docs/domain/schemes.md#amarc-scheme), as a scheme would list
 * them.
 */
export const AMARC_MENTIONS = [
  'Certification de services délivrée selon l’article R 115-2 du code de la consommation (décret n°2008-1401 du 19 décembre 2008).',
  'La marque collective de certification Qualicert et son logotype.',
  '« liste des sites disponible auprès de l’Organisme ou de SGS ICS »',
  'Le référentiel de certification de services peut être obtenu ou consulté auprès de SGS-ICS — www.qualicert.fr',
];

/** The commitments an AMARC certificate states, as a CB words them. */
export const AMARC_SCOPE = [
  'Nous favorisons toute expression d’insatisfaction et facilitons l’accès au bon interlocuteur.',
  'Nous mobilisons nos équipes pour vous apporter une réponse qui puisse vous satisfaire.',
  'Nous prenons en compte vos suggestions, remarques et insatisfactions pour améliorer nos produits et services.',
];

/**
 * A multi-site AMARC certificate of a fresh organisation (its own ids, number and SIREN, so tests
 * sharing a database never see each other's), as the dossier service issues it.
 */
export function amarcCertificate(overrides: Partial<CertificateData> = {}): CertificateData {
  const id = uniqueId('cert');
  const siren = String(randomInt(100_000_000, 1_000_000_000));
  return {
    certificateId: id,
    number: `QC-${id.toUpperCase()}`,
    dossierId: uniqueId('dos'),
    organisationId: uniqueId('org'),
    cbId: uniqueId('cb'),
    schemeId: 'amarc',
    schemeVersion: '2024-01',
    schemeTitle: 'AMARC — Management de la gestion des insatisfactions clients',
    level: 'Niv B',
    holder: {
      name: 'Boulangeries Dupain & Fils <SAS>',
      siren,
      address: {
        line1: '12 rue des Lilas',
        line2: 'Bâtiment C',
        postalCode: '75011',
        city: 'Paris',
        country: 'France',
      },
    },
    sites: [
      {
        siret: `${siren}00013`,
        name: 'Dupain Lyon Part-Dieu',
        address: { line1: '5 place Charles Béraudier', postalCode: '69003', city: 'Lyon', country: 'France' },
      },
      {
        siret: `${siren}00021`,
        name: 'Dupain Lille Europe',
        address: { line1: '1 avenue Le Corbusier', postalCode: '59800', city: 'Lille', country: 'France' },
      },
    ],
    scope: AMARC_SCOPE,
    validFrom: '2026-01-15',
    validUntil: '2029-01-14',
    issuedAt: '2026-01-15T09:30:00.000Z',
    cb: {
      name: 'SGS ICS',
      address: {
        line1: '29 avenue Aristide Briand',
        postalCode: '94111',
        city: 'Arcueil cedex',
        country: 'France',
      },
      accreditation: 'COFRAC n° 5-0050',
    },
    mentions: AMARC_MENTIONS,
    locale: 'fr',
    ...overrides,
  };
}

/** A suspension's, reinstatement's, withdrawal's or expiry's payload for that certificate, as the dossier service emits it. */
export function certificateStatusChange(
  data: CertificateData,
  at = new Date(),
  changedBy = 'decision-maker-1',
): EventPayload<'certhub.certificate.suspended.v1'> {
  const { certificateId, number, organisationId, cbId, schemeId } = data;
  return { certificateId, number, organisationId, cbId, schemeId, at: at.toISOString(), changedBy };
}
