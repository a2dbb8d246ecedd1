import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CloudEventSchema, EVENTS_STREAM, EVENTS_SUBJECT_PREFIX, type CloudEvent } from '@certhub/contracts';
import {
  Metrics,
  NatsService,
  PLATFORM_OPTIONS,
  SERVICE_CONFIG,
  ensureEventsStream,
  isNotFound,
  type PlatformOptions,
} from '@certhub/platform';
import { setTimeout as sleep } from 'node:timers/promises';
import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg } from 'nats';
import type { PartnerConfig } from '../../config';
import { FanOutEvents, type SequencedEvent } from './fan-out-events.usecase';

/** Events fanned out together: the queries of a batch cost about the same whatever its size. */
const BATCH = 500;
const MAX_ACK_PENDING = 2_048;
const RETRY_MAX_MS = 10_000;

/**
 * The partner service's consumer of CERTHUB_EVENTS (all replicas share it): every event is fanned
 * out into logged and queued deliveries, and acknowledged only once they are. Messages that
 * arrived meanwhile are taken as one batch (one database write for all of them); a batch that
 * fails is retried in place, keeping the stream order, until it is stored.
 */
@Injectable()
export class EventFanOutConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventFanOutConsumer.name);
  private readonly durable: string;
  private readonly inbox: JsMsg[] = [];
  private messages?: ConsumerMessages;
  private processing?: Promise<void>;
  private wakeProcessor?: () => void;
  private stopped = false;

  constructor(
    @Inject(PLATFORM_OPTIONS) options: PlatformOptions,
    @Inject(SERVICE_CONFIG) private readonly config: PartnerConfig,
    private readonly nats: NatsService,
    private readonly fanOut: FanOutEvents,
    private readonly metrics: Metrics,
  ) {
    this.durable = `${options.namespace}-partner-fanout`;
  }

  async onApplicationBootstrap(): Promise<void> {
    await ensureEventsStream(this.nats.jsm);
    await this.ensureConsumer();
    const consumer = await this.nats.js.consumers.get(EVENTS_STREAM, this.durable);
    this.messages = await consumer.consume({ max_messages: 2 * BATCH });
    void this.receive(this.messages);
    this.processing = this.process();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.messages?.stop();
    this.wakeProcessor?.();
    await this.processing;
    // Not stored: let another replica have them now rather than after the ack wait.
    for (const msg of this.inbox.splice(0)) msg.nak();
  }

  private async ensureConsumer(): Promise<void> {
    try {
      await this.nats.jsm.consumers.info(EVENTS_STREAM, this.durable);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.nats.jsm.consumers.add(EVENTS_STREAM, {
        durable_name: this.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: `${EVENTS_SUBJECT_PREFIX}.>`,
        ack_wait: this.config.FANOUT_ACK_WAIT_MS * 1e6,
        max_ack_pending: MAX_ACK_PENDING,
      });
    }
  }

  private async receive(messages: ConsumerMessages): Promise<void> {
    for await (const msg of messages) {
      // Redelivered while still waiting here (a slow batch): the copy in hand is enough.
      if (msg.redelivered && this.inbox.some((queued) => queued.seq === msg.seq)) continue;
      this.inbox.push(msg);
      this.wakeProcessor?.();
    }
  }

  private async process(): Promise<void> {
    while (!this.stopped) {
      if (this.inbox.length === 0) {
        await new Promise<void>((resolve) => (this.wakeProcessor = resolve));
        continue;
      }
      const batch = this.inbox.splice(0, BATCH);
      // Messages in hand or waiting their turn are not redelivered while this batch is stored.
      const heartbeat = setInterval(
        () => [...batch, ...this.inbox].forEach((msg) => msg.working()),
        this.config.FANOUT_ACK_WAIT_MS / 3,
      );
      try {
        await this.handle(batch);
      } finally {
        clearInterval(heartbeat);
      }
    }
  }

  private async handle(batch: JsMsg[]): Promise<void> {
    const events: SequencedEvent[] = [];
    const valid: JsMsg[] = [];
    for (const msg of batch) {
      const parsed = CloudEventSchema.safeParse(json(msg));
      if (parsed.success) {
        events.push({ event: parsed.data as CloudEvent, seq: msg.seq });
        valid.push(msg);
        continue;
      }
      // A malformed event can never be delivered: stop redelivering it, and say so loudly.
      this.logger.error(
        `${this.durable}: dropping malformed message seq=${msg.seq}: ${parsed.error.message}`,
      );
      this.metrics.eventsConsumed.inc({ consumer: this.durable, outcome: 'malformed' });
      msg.term();
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await this.fanOut.execute(events);
        break;
      } catch (error) {
        if (this.stopped) {
          valid.forEach((msg) => msg.nak());
          return;
        }
        const delay = Math.min(RETRY_MAX_MS, 250 * 2 ** attempt);
        // Keep the batch: retrying in place keeps the order organisation SIRENs are learnt in.
        this.logger.warn(
          `${this.durable}: fan-out of ${events.length} events failed, retry in ${delay} ms: ${String(error)}`,
        );
        await sleep(delay);
      }
    }
    valid.forEach((msg) => msg.ack());
    this.metrics.eventsConsumed.inc({ consumer: this.durable, outcome: 'applied' }, events.length);
    const last = valid.at(-1);
    if (last) this.metrics.consumerLag.set({ consumer: this.durable }, last.info.pending);
  }
}

function json(msg: JsMsg): unknown {
  try {
    return msg.json();
  } catch {
    return undefined;
  }
}
