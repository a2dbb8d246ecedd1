import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { DurableConsumers, Metrics } from '@certhub/platform';
import type { Counter } from 'prom-client';
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
  private readonly rejected: Counter;

  constructor(
    private readonly consumers: DurableConsumers,
    private readonly recordCertificate: RecordCertificate,
    private readonly changeStatus: ChangeCertificateStatus,
    metrics: Metrics,
  ) {
    this.rejected = metrics.counter(
      'certhub_certificate_events_rejected_total',
      'Certificate events whose payload breaks its contract (logged with the event id)',
    );
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
        // Redelivery cannot fix a payload: report it loudly (the render consumer skips it silently).
        this.rejected.inc();
        this.logger.error(`${event.type} ${event.id} rejected: ${parsed.reason}`);
        return;
      case 'other':
        return;
    }
  }
}
