import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { CloudEventSchema, EVENTS_STREAM, HEADERS, type CloudEvent } from '@certhub/contracts';
import {
  Metrics,
  NatsService,
  PLATFORM_OPTIONS,
  RequestContext,
  ensureEventsStream,
  isNotFound,
  type PlatformOptions,
} from '@certhub/platform';
import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg } from 'nats';

export interface ConcurrentSubscription {
  /** Durable consumer name (prefixed with the namespace), shared by every replica. */
  durable: string;
  filter: string;
  /** Events handled at once by this replica. */
  concurrency: number;
  /**
   * Resolves: the event is acknowledged. Throws: it is redelivered with backoff. `attempt` counts
   * deliveries (1 for the first), so a handler can give up for good (and record why) at its limit.
   */
  handle: (event: CloudEvent, delivery: { attempt: number }) => Promise<void>;
}

/** Long enough for a job that waits its turn behind a full render pool, then prints. */
const ACK_WAIT_NS = 120 * 1e9;
const RETRY_DELAYS_MS = [1_000, 5_000, 15_000, 60_000];

/**
 * A durable JetStream consumer that handles several events at once. The platform's
 * DurableConsumers applies one event at a time and hides the delivery count; printing PDFs needs
 * both (a pool of pages to keep busy, a retry limit). Idempotency is the handler's: the render
 * records the event id with the PDF it printed.
 */
@Injectable()
export class ConcurrentDurableConsumers implements OnApplicationShutdown {
  private readonly logger = new Logger(ConcurrentDurableConsumers.name);
  private readonly running: { messages: ConsumerMessages; done: Promise<void> }[] = [];
  private stopping = false;

  constructor(
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    private readonly nats: NatsService,
    private readonly metrics: Metrics,
  ) {}

  async start(subscription: ConcurrentSubscription): Promise<void> {
    const sub = { ...subscription, durable: `${this.options.namespace}-${subscription.durable}` };
    await ensureEventsStream(this.nats.jsm);
    await this.ensureConsumer(sub);
    const consumer = await this.nats.js.consumers.get(EVENTS_STREAM, sub.durable);
    const messages = await consumer.consume({ max_messages: sub.concurrency });
    this.running.push({ messages, done: this.loop(sub, messages) });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    // Stop pulling, finish the events in hand; unacknowledged ones go to another replica.
    await Promise.all(
      this.running.map(async ({ messages, done }) => {
        messages.stop();
        await done;
      }),
    );
  }

  private async ensureConsumer(sub: ConcurrentSubscription): Promise<void> {
    try {
      await this.nats.jsm.consumers.info(EVENTS_STREAM, sub.durable);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.nats.jsm.consumers.add(EVENTS_STREAM, {
        durable_name: sub.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: sub.filter,
        ack_wait: ACK_WAIT_NS,
        max_ack_pending: 1_000,
      });
    }
  }

  private async loop(sub: ConcurrentSubscription, messages: ConsumerMessages): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    for await (const msg of messages) {
      const job: Promise<void> = this.handleOne(sub, msg).finally(() => inFlight.delete(job));
      inFlight.add(job);
      if (inFlight.size >= sub.concurrency) await Promise.race(inFlight);
      if (this.stopping) break;
    }
    await Promise.all(inFlight);
  }

  private async handleOne(sub: ConcurrentSubscription, msg: JsMsg): Promise<void> {
    const parsed = CloudEventSchema.safeParse(safeJson(msg));
    if (!parsed.success) {
      this.logger.error(`${sub.durable}: dropping malformed message seq=${msg.seq}: ${parsed.error.message}`);
      this.metrics.eventsConsumed.inc({ consumer: sub.durable, outcome: 'malformed' });
      msg.term();
      return;
    }
    const event = parsed.data as CloudEvent;
    const attempt = msg.info.redeliveryCount;
    const correlationId = msg.headers?.get(HEADERS.correlationId) || event.correlationid;
    await RequestContext.run({ correlationId }, async () => {
      try {
        await sub.handle(event, { attempt });
        msg.ack();
        this.metrics.eventsConsumed.inc({ consumer: sub.durable, outcome: 'applied' });
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

function safeJson(msg: JsMsg): unknown {
  try {
    return msg.json();
  } catch {
    return undefined;
  }
}
