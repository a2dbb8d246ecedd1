import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { DurableConsumers, Metrics, rejectedEvents } from '@certhub/platform';
import { CERTIFICATE_EVENTS_FILTER, parseCertificateEvent } from './certificate-events';
import { ChangeCertificateStatus } from './change-certificate-status/change-certificate-status.usecase';
import { RecordCertificate } from './record-certificate/record-certificate.usecase';

/**
 * Keeps the verification index current. It runs apart from printing, on its own durable consumer,
 * so a suspension is applied at once instead of waiting behind a queue of PDFs.
 */
@Injectable()
export class CertificateEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificateEventsConsumer.name);
  private readonly reject: ReturnType<typeof rejectedEvents>;

  constructor(
    private readonly consumers: DurableConsumers,
    private readonly recordCertificate: RecordCertificate,
    private readonly changeStatus: ChangeCertificateStatus,
    metrics: Metrics,
  ) {
    this.reject = rejectedEvents(metrics, 'certhub_certificate_events_rejected_total', this.logger);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.start({
      durable: 'certificate-index',
      filter: CERTIFICATE_EVENTS_FILTER,
      handle: (event) => this.apply(event),
    });
  }

  private async apply(event: CloudEvent): Promise<void> {
    const parsed = parseCertificateEvent(event);
    switch (parsed.kind) {
      case 'issued':
        return this.recordCertificate.execute(parsed.data);
      case 'status':
        return this.changeStatus.execute({ change: parsed.change, to: parsed.to });
      case 'invalid':
        // Reported here; the render consumer skips it silently.
        return this.reject(event, parsed.reason);
      case 'other':
        return;
    }
  }
}
