import type { CertificateData } from '@certhub/contracts';
import { connectNats, registerNatsCredentials, uniqueId } from '@certhub/testing';
import { randomInt } from 'node:crypto';

/** The stack's private bus, whose passwords the global setup's process knows. */
export function stackNats() {
  const url = process.env['E2E_NATS_URL'] ?? '';
  registerNatsCredentials(url, process.env['E2E_NATS_CREDENTIALS'] ?? '');
  return connectNats(url, 'tools');
}

/**
 * An AMARC certificate of the demo CB as the dossier service issues it, numbered `CH-<series>-…`,
 * held by `holder` (a fresh SIREN) at `address`, which is the CB's too.
 */
export function amarcCertificate(
  series: string,
  holder: string,
  address: CertificateData['holder']['address'],
): CertificateData {
  const id = uniqueId('cert');
  return {
    certificateId: id,
    number: `CH-${series}-${id.slice(-8).toUpperCase()}`,
    dossierId: uniqueId('dos'),
    organisationId: uniqueId('org'),
    cbId: 'cb-demo',
    schemeId: 'amarc',
    schemeVersion: '2024.1',
    schemeTitle: 'AMARC — Management de la gestion des insatisfactions clients',
    level: 'Niv B',
    holder: { name: holder, siren: String(randomInt(100_000_000, 1_000_000_000)), address },
    sites: [],
    scope: ['Nous répondons à toute réclamation sous 8 jours.'],
    validFrom: '2026-01-15',
    validUntil: '2029-01-14',
    issuedAt: '2026-01-15T09:30:00.000Z',
    cb: { name: 'CertHub Démo Certification', address },
    mentions: ['Certification de services.'],
    locale: 'fr',
  };
}
