import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventCatalog, type CertificateData, type CloudEvent, type EventType } from '@certhub/contracts';
import { DurableConsumers, Metrics } from '@certhub/platform';
import type { Counter } from 'prom-client';
import { ChangeCredentialStatus } from '../status-lists/change-credential-status/change-credential-status.usecase';
import { IssueCredential } from './issue-credential/issue-credential.usecase';

/** Every certificate event of the dossier service (nats-server 2.9 takes one filter per consumer). */
const CERTIFICATE_EVENTS_FILTER = 'evt.dossier.certificate.>';

const ISSUING = new Set<EventType>(['certhub.certificate.issued.v1', 'certhub.certificate.renewed.v1']);

/** Expiry sets no bit: the credential's validUntil already says it to any verifier. */
const STATUS_BITS: Partial<Record<EventType, { purpose: 'revocation' | 'suspension'; value: boolean }>> = {
  'certhub.certificate.suspended.v1': { purpose: 'suspension', value: true },
  'certhub.certificate.reinstated.v1': { purpose: 'suspension', value: false },
  'certhub.certificate.withdrawn.v1': { purpose: 'revocation', value: true },
};

/**
 * Issues credentials and keeps the status lists current, in stream order on one durable consumer:
 * a suspension never overtakes the issuance it applies to.
 */
@Injectable()
export class CertificateEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificateEventsConsumer.name);
  private readonly rejected: Counter;

  constructor(
    private readonly consumers: DurableConsumers,
    private readonly issue: IssueCredential,
    private readonly changeStatus: ChangeCredentialStatus,
    metrics: Metrics,
  ) {
    this.rejected = metrics.counter(
      'certhub_credentials_events_rejected_total',
      'Certificate events whose payload breaks its contract (logged with the event id)',
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.start({
      durable: 'credentials-issuer',
      filter: CERTIFICATE_EVENTS_FILTER,
      // Issuing is idempotent by certificate id and status changes by event time.
      idempotency: 'handler',
      handle: (event) => this.apply(event),
    });
  }

  private async apply(event: CloudEvent): Promise<void> {
    const type = event.type as EventType;
    const bit = STATUS_BITS[type];
    if (!ISSUING.has(type) && !bit) return;
    const parsed = EventCatalog[type].schema.safeParse(event.data);
    if (!parsed.success) {
      // Redelivery cannot fix a payload: count it and log it.
      this.rejected.inc();
      this.logger.error(`${event.type} ${event.id} rejected: ${parsed.error.message}`);
      return;
    }
    if (!bit) return this.issue.execute(parsed.data as CertificateData);
    const { certificateId, at } = parsed.data as { certificateId: string; at: string };
    return this.changeStatus.execute({ certificateId, ...bit, at: new Date(at) });
  }
}
