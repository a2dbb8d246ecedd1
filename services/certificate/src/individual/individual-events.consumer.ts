import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventCatalog, eventSubject, type CloudEvent } from '@certhub/contracts';
import { DurableConsumers, Metrics, rejectedEvents } from '@certhub/platform';
import { IssueIndividualCertificate } from './issue-individual-certificate/issue-individual-certificate.usecase';

const DECIDED = 'certhub.candidacy.jury_decided.v1';

/**
 * Issues an individual certificate for each `certified` jury decision. The handler is idempotent
 * (one certificate per candidacy, printed once), so a redelivery after a failed print retries it.
 */
@Injectable()
export class IndividualEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger(IndividualEventsConsumer.name);
  private readonly reject: ReturnType<typeof rejectedEvents>;

  constructor(
    private readonly consumers: DurableConsumers,
    private readonly issue: IssueIndividualCertificate,
    metrics: Metrics,
  ) {
    this.reject = rejectedEvents(metrics, 'certhub_certificate_events_rejected_total', this.logger);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.start({
      durable: 'certificate-individual',
      filter: eventSubject(DECIDED),
      // A job may wait its turn behind a full page pool, then print.
      ackWaitMs: 120_000,
      idempotency: 'handler',
      handle: (event) => this.apply(event),
    });
  }

  private async apply(event: CloudEvent): Promise<void> {
    if (event.type !== DECIDED) return;
    const parsed = EventCatalog[DECIDED].schema.safeParse(event.data);
    if (!parsed.success) return this.reject(event, parsed.error.message);
    const { certificate, ...decision } = parsed.data;
    if (decision.decision !== 'certified' || !certificate) return;
    await this.issue.execute({ ...decision, certificate }, new Date(event.time ?? Date.now()));
  }
}
