import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { CloudEventSchema, EVENTS_STREAM, HEADERS, type CloudEvent } from '@certhub/contracts';
import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg } from 'nats';
import { RequestContext } from '../context/request-context';
import { Metrics } from '../metrics/metrics';
import { NatsService } from '../nats/nats.service';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform.options';
import { ProcessedEvents } from './processed-events';
import { EventRejected, rejectedEvents } from './rejected-events';
import { ensureEventsStream, isNotFound } from './stream';

export interface DeliveryMeta {
  redelivered: boolean;
  streamSeq: number;
  /** Deliveries of this event so far, 1 for the first: a handler may give up for good at its limit. */
  attempt: number;
}

export interface DurableSubscription {
  /** Durable consumer name, shared by every replica of the service (they split the work). */
  durable: string;
  /** One subject filter, e.g. `evt.>` or `evt.dossier.>` (nats-server 2.9 takes a single filter). */
  filter: string;
  /**
   * Resolves: the event is acknowledged. Throws: it is redelivered with backoff, unless it throws
   * EventRejected (the payload breaks its contract): then it is acknowledged and reported.
   */
  handle: (event: CloudEvent, meta: DeliveryMeta) => Promise<void>;
  /** Events handled at once by this replica; 1 (the default) keeps the stream order. */
  concurrency?: number;
  /** How long JetStream waits for the ack before redelivering (a slow job must fit in it). */
  ackWaitMs?: number;
  /**
   * 'marker' (default): an event already applied is acknowledged without running the handler
   * again (processed-event ids stored). 'handler': the handler is idempotent by construction
   * and the marker's extra write per event is skipped.
   */
  idempotency?: 'marker' | 'handler';
  /** Counter of the events the handler rejects (EventRejected); without it they are only logged. */
  rejectedMetric?: string;
}

const DEFAULT_ACK_WAIT_MS = 30_000;
const RETRY_DELAYS_MS = [1_000, 5_000, 15_000, 60_000];

/**
 * Runs durable JetStream consumers with the idempotent-consumer rule of ARCHITECTURE.md: an event
 * already applied is acknowledged without running the handler again; a handler failure is
 * redelivered with backoff; the ack is sent only after the side effect and its marker are stored.
 */
@Injectable()
export class DurableConsumers implements OnApplicationShutdown {
  private readonly logger = new Logger(DurableConsumers.name);
  private readonly running = new Map<string, { messages: ConsumerMessages; done: Promise<void> }>();
  private stopping = false;

  constructor(
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    private readonly nats: NatsService,
    private readonly processed: ProcessedEvents,
    private readonly metrics: Metrics,
  ) {}

  async start(subscription: DurableSubscription): Promise<void> {
    const sub = { ...subscription, durable: `${this.options.namespace}-${subscription.durable}` };
    await ensureEventsStream(this.nats.jsm);
    await this.ensureConsumer(sub);
    const consumer = await this.nats.js.consumers.get(EVENTS_STREAM, sub.durable);
    const messages = await consumer.consume({ max_messages: sub.concurrency ?? 1 });
    const reject = rejectedEvents(this.metrics, sub.rejectedMetric, new Logger(sub.durable));
    const done = this.loop({ ...sub, handle: rejecting(sub.handle, reject) }, messages);
    this.running.set(sub.durable, { messages, done });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    // Finish the events in hand, then stop pulling; unacked ones are redelivered elsewhere.
    await Promise.all(
      [...this.running.values()].map(async ({ messages, done }) => {
        messages.stop();
        await done;
      }),
    );
  }

  private async ensureConsumer(sub: DurableSubscription): Promise<void> {
    const config = {
      durable_name: sub.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: sub.filter,
      ack_wait: (sub.ackWaitMs ?? DEFAULT_ACK_WAIT_MS) * 1e6,
      max_ack_pending: 1_000,
    };
    try {
      await this.nats.jsm.consumers.info(EVENTS_STREAM, sub.durable);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.nats.jsm.consumers.add(EVENTS_STREAM, config);
    }
  }

  private async loop(sub: DurableSubscription, messages: ConsumerMessages): Promise<void> {
    const concurrency = sub.concurrency ?? 1;
    const inFlight = new Set<Promise<void>>();
    for await (const msg of messages) {
      const job: Promise<void> = this.handleOne(sub, msg).finally(() => inFlight.delete(job));
      inFlight.add(job);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (this.stopping) break;
    }
    await Promise.all(inFlight);
  }

  private async handleOne(sub: DurableSubscription, msg: JsMsg): Promise<void> {
    const parsed = CloudEventSchema.safeParse(safeJson(msg));
    if (!parsed.success) {
      // A malformed event can never succeed: stop redelivering it, but say so loudly.
      this.logger.error(`${sub.durable}: dropping malformed message seq=${msg.seq}: ${parsed.error.message}`);
      this.metrics.eventsConsumed.inc({ consumer: sub.durable, outcome: 'malformed' });
      msg.term();
      return;
    }
    const event = parsed.data as CloudEvent;
    const attempt = msg.info.redeliveryCount;
    const useMarker = (sub.idempotency ?? 'marker') === 'marker';
    const correlationId = msg.headers?.get(HEADERS.correlationId) || event.correlationid;
    await RequestContext.run({ correlationId }, async () => {
      try {
        if (useMarker && (await this.processed.has(sub.durable, event.id))) {
          this.metrics.eventsConsumed.inc({ consumer: sub.durable, outcome: 'duplicate' });
          msg.ack();
          return;
        }
        await sub.handle(event, { redelivered: msg.redelivered, streamSeq: msg.seq, attempt });
        if (useMarker) await this.processed.mark(sub.durable, event.id);
        msg.ack();
        this.metrics.eventsConsumed.inc({ consumer: sub.durable, outcome: 'applied' });
        this.metrics.consumerLag.set({ consumer: sub.durable }, msg.info.pending);
      } catch (error) {
        const delay = RETRY_DELAYS_MS[Math.min(attempt - 1, RETRY_DELAYS_MS.length - 1)] ?? 1_000;
        this.logger.warn(
          `${sub.durable}: ${event.type} ${event.id} failed (attempt ${attempt}), retry in ${delay} ms: ${String(error)}`,
        );
        this.metrics.eventsConsumed.inc({ consumer: sub.durable, outcome: 'failed' });
        msg.nak(delay);
      }
    });
  }
}

/** The handler, with its rejections reported and acknowledged like a handled event. */
function rejecting(
  handle: DurableSubscription['handle'],
  reject: (event: CloudEvent, reason: string) => void,
): DurableSubscription['handle'] {
  return async (event, meta) => {
    try {
      await handle(event, meta);
    } catch (error) {
      if (!(error instanceof EventRejected)) throw error;
      reject(event, error.message);
    }
  };
}

function safeJson(msg: JsMsg): unknown {
  try {
    return msg.json();
  } catch {
    return undefined;
  }
}
