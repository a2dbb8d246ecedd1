import { Injectable } from '@nestjs/common';
import { eventSubject, type CloudEvent } from '@certhub/contracts';
import { ConsumesEvents, catalogPayload } from '@certhub/platform';
import { IssueIndividualCertificate } from './issue-individual-certificate/issue-individual-certificate.usecase';

const DECIDED = 'certhub.candidacy.jury_decided.v1';

/**
 * Issues an individual certificate for each `certified` jury decision. The handler is idempotent
 * (one certificate per candidacy, printed once), so a redelivery after a failed print retries it.
 */
@Injectable()
export class IndividualEventsConsumer {
  constructor(private readonly issue: IssueIndividualCertificate) {}

  @ConsumesEvents({
    durable: 'certificate-individual',
    filter: eventSubject(DECIDED),
    // A job may wait its turn behind a full page pool, then print.
    ackWaitMs: 120_000,
    idempotency: 'handler',
    rejectedMetric: 'certhub_certificate_events_rejected_total',
  })
  async apply(event: CloudEvent): Promise<void> {
    if (event.type !== DECIDED) return;
    const { certificate, ...decision } = catalogPayload(event, DECIDED);
    if (decision.decision !== 'certified' || !certificate) return;
    await this.issue.execute({ ...decision, certificate }, new Date(event.time ?? Date.now()));
  }
}
