import { Injectable, Logger } from '@nestjs/common';
import { DossierEvents, EventCatalog, type CloudEvent, type EventPayload } from '@certhub/contracts';
import { Metrics, type DurableSubscription } from '@certhub/platform';
import type { Counter, Gauge } from 'prom-client';
import { CandidacyStateRepository } from '../candidacies/candidacy-state.repository';
import { DossierStateRepository } from '../dossiers/dossier-state.repository';
import { EventReceiptRepository } from '../event-counts/event-receipt.repository';
import { FindingRepository, type FindingFacts } from '../findings/finding.repository';

/** One durable for every read model: each event is fetched once and applied to all of them. */
export const READ_MODELS_DURABLE = 'analytics-read-models';

type DossierEventType = keyof typeof DossierEvents;
interface Delivery {
  time: Date;
  streamSeq: number;
}
type Handler = (data: unknown, delivery: Delivery) => Promise<void>;
type Handlers = { [K in DossierEventType]: (data: EventPayload<K>, delivery: Delivery) => Promise<void> };
/** The candidacy events the candidacy read model follows. */
type CandidacyEventType =
  | 'certhub.candidacy.created.v1'
  | 'certhub.candidacy.status_changed.v1'
  | 'certhub.candidacy.updated.v1'
  | 'certhub.transfer.decided.v1';
type CandidacyHandlers = {
  [K in CandidacyEventType]: (data: EventPayload<K>, delivery: Delivery) => Promise<void>;
};

const findingFacts = (
  d: EventPayload<'certhub.dossier.finding_raised.v1'> | EventPayload<'certhub.dossier.finding_closed.v1'>,
  raisedAt: string,
): FindingFacts => ({
  findingId: d.findingId,
  number: d.number,
  dossierId: d.dossierId,
  organisationId: d.organisationId,
  schemeId: d.schemeId,
  cbId: d.cbId,
  requirementId: d.requirementId,
  severity: d.severity,
  raisedAt: new Date(raisedAt),
});

const isDossierEvent = (type: string): type is DossierEventType =>
  Object.prototype.hasOwnProperty.call(DossierEvents, type);

/**
 * Applies one event to the read models. Every write is idempotent and independent of the order
 * events are applied in, so it needs no transaction with the processed-event marker: a crash
 * between the two, a redelivery, or two replicas handling one dossier's events at once all end
 * with the same documents.
 */
@Injectable()
export class Projector {
  private readonly logger = new Logger(Projector.name);
  private readonly rejected: Counter<'type'>;
  private readonly newestEvent: Gauge;
  private newestEventMs = 0;

  constructor(
    private readonly dossiers: DossierStateRepository,
    private readonly findings: FindingRepository,
    private readonly candidacies: CandidacyStateRepository,
    private readonly receipts: EventReceiptRepository,
    metrics: Metrics,
  ) {
    this.rejected = metrics.counter(
      'certhub_analytics_events_rejected_total',
      'Events of a known type whose payload does not match the catalogue schema: skipped, never applied',
      ['type'],
    );
    this.newestEvent = metrics.gauge(
      'certhub_analytics_newest_event_time_seconds',
      'Time of the newest event applied to the read models by this replica (freshness: time() minus this)',
    );
  }

  /** The subscription live consumption and the rebuild share. */
  subscription(): DurableSubscription {
    return {
      durable: READ_MODELS_DURABLE,
      filter: 'evt.>',
      handle: (event, meta) => this.apply(event, meta.streamSeq),
    };
  }

  async apply(event: CloudEvent, streamSeq: number): Promise<void> {
    await this.receipts.record(event);
    if (isDossierEvent(event.type))
      await this.applyTo(this.handlers[event.type] as Handler, event.type, event, streamSeq);
    else if (Object.prototype.hasOwnProperty.call(this.candidacyHandlers, event.type)) {
      const type = event.type as CandidacyEventType;
      await this.applyTo(this.candidacyHandlers[type] as Handler, type, event, streamSeq);
    }
    const time = Date.parse(event.time);
    if (time > this.newestEventMs) {
      this.newestEventMs = time;
      this.newestEvent.set(time / 1000);
    }
  }

  /** The event's handler, given its payload once checked against the catalogue. */
  private async applyTo(
    handle: Handler,
    type: keyof typeof EventCatalog,
    event: CloudEvent,
    streamSeq: number,
  ): Promise<void> {
    const data = this.parsed(type, EventCatalog[type].schema, event);
    if (data === undefined) return;
    await handle(data, { time: new Date(event.time), streamSeq });
  }

  /** The payload checked against the catalogue, or undefined when it can never match. */
  private parsed(
    type: string,
    schema: { safeParse: (d: unknown) => { success: boolean; data?: unknown; error?: { message: string } } },
    event: CloudEvent,
  ): unknown {
    const parsed = schema.safeParse(event.data);
    if (parsed.success) return parsed.data;
    // It can never succeed: retrying would only hold it back forever. Counted and logged loudly.
    this.logger.error(
      `${type} ${event.id} does not match its schema, skipped: ${parsed.error?.message ?? ''}`,
    );
    this.rejected.inc({ type });
    return undefined;
  }

  private readonly handlers: Handlers = {
    // Creation is the entry into `draft`; any later transition has a higher sequence and wins.
    'certhub.dossier.created.v1': (d, { time, streamSeq }) =>
      this.dossiers.moveStatus(d, time, { status: 'draft', streamSeq, at: time }),
    'certhub.dossier.status_changed.v1': (d, { time, streamSeq }) =>
      this.dossiers.moveStatus(d, time, { status: d.to, streamSeq, at: new Date(d.at) }),
    'certhub.dossier.submitted.v1': (d, { time }) =>
      this.dossiers.record(d, time, { submittedAt: new Date(d.submittedAt) }),
    'certhub.dossier.assigned.v1': (d, { time }) => this.dossiers.record(d, time),
    'certhub.dossier.admissible.v1': (d, { time }) =>
      this.dossiers.record(d, time, { admissibleAt: new Date(d.at) }),
    'certhub.dossier.questionnaire_finding_raised.v1': (d, { time }) => this.dossiers.record(d, time),
    'certhub.dossier.audit_planned.v1': (d, { time }) => this.dossiers.record(d, time),
    'certhub.dossier.audit_completed.v1': (d, { time }) =>
      this.dossiers.record(d, time, { auditCompletedAt: new Date(d.at) }),
    // Findings come after the dossier's own events, which alone date and place it: no dossier write.
    'certhub.dossier.finding_raised.v1': (d) => this.findings.recordRaised(findingFacts(d, d.at), d.dueDate),
    'certhub.dossier.finding_closed.v1': (d) =>
      this.findings.recordClosed(findingFacts(d, d.raisedAt), new Date(d.at)),
    'certhub.dossier.decision_recorded.v1': (d, { time }) =>
      this.dossiers.record(d, time, { decidedAt: new Date(d.at) }),
  };

  private readonly candidacyHandlers: CandidacyHandlers = {
    // Registration is the entry into the first status; any later change has a higher sequence.
    'certhub.candidacy.created.v1': (d, { time, streamSeq }) =>
      this.candidacies.moveStatus(d, { status: 'awaiting_preliminary_evaluation', streamSeq, at: time }),
    'certhub.candidacy.status_changed.v1': (d, { time, streamSeq }) =>
      this.candidacies.moveStatus(d, { status: d.to, streamSeq, at: time, reason: d.reason }),
    'certhub.candidacy.updated.v1': (d) =>
      d.change === 'deleted' ? this.candidacies.markDeleted(d.candidateId) : Promise.resolve(),
    // The receiving side, once the event names all of it (older events leave the candidacy where it was).
    'certhub.transfer.decided.v1': (d, { streamSeq }) =>
      d.decision === 'accepted' && d.trainingOrganisationId
        ? this.candidacies.move(
            {
              ...d,
              trainingOrganisationId: d.trainingOrganisationId,
              certifierId: d.toCertifierId ?? d.certifierId,
            },
            streamSeq,
          )
        : Promise.resolve(),
  };
}
