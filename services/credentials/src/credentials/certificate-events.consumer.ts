import { Injectable } from '@nestjs/common';
import type { CertificateData, CloudEvent, EventType } from '@certhub/contracts';
import { ConsumesEvents, catalogPayload, type EventSubscription } from '@certhub/platform';
import { ChangeCredentialStatus } from '../status-lists/change-credential-status/change-credential-status.usecase';
import { individualDraft, organisationDraft, type IndividualCertificate } from './certificate-credential';
import { IssueCredential } from './issue-credential/issue-credential.usecase';

/**
 * The organisations' certificates come from the dossier service, the individuals' from the
 * certificate service: two filters, so two consumers (nats-server 2.9 takes one filter each).
 * Each line's events stay in stream order on its own consumer.
 */
const ORGANISATION_EVENTS = 'evt.dossier.certificate.>';
const INDIVIDUAL_EVENTS = 'evt.certificate.individual.>';

const line = (durable: string, filter: string): EventSubscription => ({
  durable,
  filter,
  // Issuing is idempotent by certificate id and status changes by event time.
  idempotency: 'handler',
  rejectedMetric: 'certhub_credentials_events_rejected_total',
});

type StatusBit = { purpose: 'revocation' | 'suspension'; value: boolean };

/** Expiry sets no bit: the credential's validUntil already says it to any verifier. */
const STATUS_BITS: Partial<Record<EventType, StatusBit>> = {
  'certhub.certificate.suspended.v1': { purpose: 'suspension', value: true },
  'certhub.certificate.reinstated.v1': { purpose: 'suspension', value: false },
  'certhub.certificate.withdrawn.v1': { purpose: 'revocation', value: true },
  'certhub.certificate.individual_withdrawn.v1': { purpose: 'revocation', value: true },
};

const ORGANISATION_ISSUING = new Set<EventType>([
  'certhub.certificate.issued.v1',
  'certhub.certificate.renewed.v1',
]);
const INDIVIDUAL_ISSUING = 'certhub.certificate.individual_issued.v1';

/**
 * Issues credentials and keeps the status lists current, in stream order per line: a suspension
 * or a withdrawal never overtakes the issuance it applies to.
 */
@Injectable()
export class CertificateEventsConsumer {
  constructor(
    private readonly issue: IssueCredential,
    private readonly changeStatus: ChangeCredentialStatus,
  ) {}

  @ConsumesEvents(
    line('credentials-issuer', ORGANISATION_EVENTS),
    line('credentials-individuals', INDIVIDUAL_EVENTS),
  )
  async apply(event: CloudEvent): Promise<void> {
    const type = event.type as EventType;
    const bit = STATUS_BITS[type];
    if (!bit && !ORGANISATION_ISSUING.has(type) && type !== INDIVIDUAL_ISSUING) return;
    const data = catalogPayload(event, type);
    if (type === INDIVIDUAL_ISSUING)
      return this.issue.execute(individualDraft(data as IndividualCertificate));
    if (!bit) return this.issue.execute(organisationDraft(data as CertificateData));
    const { certificateId, at } = data as { certificateId: string; at?: string };
    // An individual's withdrawal carries no time of its own: the event's time says when.
    return this.changeStatus.execute({ certificateId, ...bit, at: new Date(at ?? event.time) });
  }
}
