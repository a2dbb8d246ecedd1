import { Injectable, Logger } from '@nestjs/common';
import type { CertificateStatus, CloudEvent } from '@certhub/contracts';
import { ConsumesEvents, catalogPayload, type DeliveryMeta } from '@certhub/platform';
import { IndexedCertificateRepository } from './indexed-certificate.repository';

/** What each status event makes of a certificate. */
const STATUS_BY_TYPE: Partial<Record<string, CertificateStatus>> = {
  'certhub.certificate.suspended.v1': 'suspended',
  'certhub.certificate.reinstated.v1': 'valid',
  'certhub.certificate.withdrawn.v1': 'withdrawn',
  'certhub.certificate.expired.v1': 'expired',
};

/** Keeps the verification index from the dossier service's certificate events. */
@Injectable()
export class CertificateEventsConsumer {
  private readonly logger = new Logger(CertificateEventsConsumer.name);

  constructor(private readonly certificates: IndexedCertificateRepository) {}

  @ConsumesEvents({
    durable: 'partner-certificates',
    filter: 'evt.dossier.certificate.>',
    // A payload that breaks its contract is acknowledged and counted, not redelivered forever.
    rejectedMetric: 'certhub_partner_events_rejected_total',
  })
  async apply(event: CloudEvent, { streamSeq: seq }: DeliveryMeta): Promise<void> {
    switch (event.type) {
      case 'certhub.certificate.issued.v1':
        return this.certificates.recordIssued(catalogPayload(event, event.type), seq);
      case 'certhub.certificate.renewed.v1': {
        const data = catalogPayload(event, event.type);
        await this.certificates.recordIssued(data, seq);
        return this.certificates.recordSuperseded(data.previousCertificateId, data.certificateId);
      }
    }
    const status = STATUS_BY_TYPE[event.type];
    if (!status) {
      this.logger.debug(`ignoring ${event.type}`);
      return;
    }
    const data = catalogPayload(event, 'certhub.certificate.suspended.v1');
    await this.certificates.recordStatus(data.certificateId, status, seq);
  }
}
