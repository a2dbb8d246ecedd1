import type { CertificateData, EventPayload, EventType } from '@certhub/contracts';
import { EventTestClient, certificateStatusChange, uniqueId } from '@certhub/testing';

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
  private constructor(private readonly bus: EventTestClient) {}

  /** What the credentials service published so far, of one CB. */
  credentialsEvents(cbId: string) {
    return this.bus.published('evt.credentials.>', (event) => event.tenantid === cbId);
  }

  static async connect(): Promise<CertificateEvents> {
    return new CertificateEvents(await EventTestClient.connect());
  }

  async publish<K extends EventType>(type: K, data: EventPayload<K>, tenantId: string): Promise<void> {
    await this.bus.emit(type, data, { source: 'certhub/dossier', tenantId });
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
    return this.publish(`certhub.certificate.${type}.v1`, certificateStatusChange(data), data.cbId);
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
    return this.bus.close();
  }
}
