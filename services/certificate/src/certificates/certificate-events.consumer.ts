import { Injectable } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { ConsumesEvents, EventRejected } from '@certhub/platform';
import { CERTIFICATE_EVENTS_FILTER, parseCertificateEvent } from './certificate-events';
import { ChangeCertificateStatus } from './change-certificate-status/change-certificate-status.usecase';
import { RecordCertificate } from './record-certificate/record-certificate.usecase';

/**
 * Keeps the verification index current. It runs apart from printing, on its own durable consumer,
 * so a suspension is applied at once instead of waiting behind a queue of PDFs.
 */
@Injectable()
export class CertificateEventsConsumer {
  constructor(
    private readonly recordCertificate: RecordCertificate,
    private readonly changeStatus: ChangeCertificateStatus,
  ) {}

  @ConsumesEvents({
    durable: 'certificate-index',
    filter: CERTIFICATE_EVENTS_FILTER,
    rejectedMetric: 'certhub_certificate_events_rejected_total',
  })
  async apply(event: CloudEvent): Promise<void> {
    const parsed = parseCertificateEvent(event);
    switch (parsed.kind) {
      case 'issued':
        return this.recordCertificate.execute(parsed.data);
      case 'status':
        return this.changeStatus.execute({ change: parsed.change, to: parsed.to });
      case 'invalid':
        // Reported here; the render consumer skips it silently.
        throw new EventRejected(parsed.reason);
      case 'other':
        return;
    }
  }
}
