import {
  eventSubject,
  newCloudEvent,
  type CertificateData,
  type EventPayload,
  type EventType,
} from '@certhub/contracts';
import { connectNats, uniqueId } from '@certhub/testing';
import { randomInt } from 'node:crypto';
import type { NatsConnection } from 'nats';

/** A certificate of a fresh organisation and CB, as the dossier service issues it. */
export function certificate(overrides: Partial<CertificateData> = {}): CertificateData {
  const id = uniqueId('cert');
  const siren = String(randomInt(100_000_000, 1_000_000_000));
  const address = { line1: '3 quai Kléber', postalCode: '67000', city: 'Strasbourg', country: 'France' };
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
    holder: { name: 'Fromagerie Kléber', siren, address },
    sites: [
      {
        siret: `${siren}00013`,
        name: 'Kléber Colmar',
        address: { ...address, city: 'Colmar', postalCode: '68000' },
      },
    ],
    scope: ['Nous répondons à toute réclamation sous 8 jours.'],
    validFrom: '2026-01-15',
    validUntil: '2029-01-14',
    issuedAt: '2026-01-15T09:30:00.000Z',
    cb: {
      name: 'SGS ICS',
      address: { ...address, line1: '29 avenue Aristide Briand' },
      accreditation: 'COFRAC n° 5-0050',
    },
    mentions: ['Certification de services délivrée selon l’article R 115-2 du code de la consommation.'],
    locale: 'fr',
    ...overrides,
  };
}

export type IndividualCertificate = EventPayload<'certhub.certificate.individual_issued.v1'>;

/** A person's certificate of a fresh CB, as the certificate service issues it for the individuals' line. */
export function individualCertificate(overrides: Partial<IndividualCertificate> = {}): IndividualCertificate {
  const id = uniqueId('icert');
  return {
    certificateId: id,
    number: `IND-${id.toUpperCase()}`,
    cbId: uniqueId('cb'),
    candidacyId: uniqueId('cand'),
    holder: { givenName: 'Amélie', familyName: 'Lefèvre' },
    title: 'Certificat de compétences en relation client à distance',
    issuedAt: '2026-03-02T10:00:00.000Z',
    validUntil: '2031-03-01T23:59:59.000Z',
    ...overrides,
  };
}

/** Plays the dossier service's relay: certificate events onto JetStream, as the `tools` user. */
export class CertificateEvents {
  private constructor(private readonly nc: NatsConnection) {}

  static async connect(): Promise<CertificateEvents> {
    return new CertificateEvents(await connectNats(undefined, 'tools'));
  }

  async publish<K extends EventType>(type: K, data: EventPayload<K>, tenantId: string): Promise<void> {
    const event = newCloudEvent(type, data, { source: 'certhub/dossier', tenantId });
    await this.nc.jetstream().publish(eventSubject(type), JSON.stringify(event), { msgID: event.id });
  }

  issue(data: CertificateData): Promise<void> {
    return this.publish('certhub.certificate.issued.v1', data, data.cbId);
  }

  /** A renewal decision's certificate, replacing `previous`. */
  renew(data: CertificateData, previous: CertificateData): Promise<void> {
    return this.publish(
      'certhub.certificate.renewed.v1',
      { ...data, previousCertificateId: previous.certificateId },
      data.cbId,
    );
  }

  changeStatus(type: 'suspended' | 'reinstated' | 'withdrawn', data: CertificateData): Promise<void> {
    const { certificateId, number, organisationId, cbId, schemeId } = data;
    const change = {
      certificateId,
      number,
      organisationId,
      cbId,
      schemeId,
      at: new Date().toISOString(),
      changedBy: 'dm-1',
    };
    return this.publish(`certhub.certificate.${type}.v1`, change, cbId);
  }

  /** The certificate service's relay, for the individuals' line. */
  issueIndividual(data: IndividualCertificate): Promise<void> {
    return this.publish('certhub.certificate.individual_issued.v1', data, data.cbId);
  }

  withdrawIndividual(data: IndividualCertificate, reason: string): Promise<void> {
    const { certificateId, number, cbId } = data;
    return this.publish(
      'certhub.certificate.individual_withdrawn.v1',
      { certificateId, number, cbId, reason },
      cbId,
    );
  }

  close(): Promise<void> {
    return this.nc.close();
  }
}
