import {
  EVENTS_STREAM,
  HEADERS,
  eventSubject,
  newCloudEvent,
  type CloudEvent,
  type EventPayload,
  type EventType,
} from '@certhub/contracts';
import {
  JSONCodec,
  headers as natsHeaders,
  type JetStreamClient,
  type JetStreamManager,
  type NatsConnection,
} from 'nats';
import { connectNats } from './nats';
import { runtimeEnv } from './runtime';

const codec = JSONCodec<CloudEvent>();

/**
 * Publishes CloudEvents to JetStream as a producer's outbox relay would (the platform's
 * EventPublisher: event id as `Nats-Msg-Id`, type and correlation id in headers), as the `tools`
 * NATS user. Tests and benches play the other services' side of the bus through it; it stays free
 * of Nest so that any test may use it.
 */
export class EventTestClient {
  private constructor(
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
  ) {}

  static async connect(url: string = runtimeEnv().NATS_URL): Promise<EventTestClient> {
    const nc = await connectNats(url, 'tools');
    return new EventTestClient(nc, nc.jetstream(), await nc.jetstreamManager());
  }

  /** `msgID` defaults to the event id; another one makes JetStream keep a redelivery of the same event. */
  async publish(event: CloudEvent, msgID = event.id): Promise<{ duplicate: boolean; seq: number }> {
    const h = natsHeaders();
    h.set(HEADERS.ceType, event.type);
    if (event.correlationid) h.set(HEADERS.correlationId, event.correlationid);
    const ack = await this.js.publish(eventSubject(event.type as EventType), codec.encode(event), {
      msgID,
      headers: h,
    });
    return { duplicate: ack.duplicate, seq: ack.seq };
  }

  /** A new event of `type` from `source`, published: the event and its position in the stream. */
  async emit<K extends EventType>(
    type: K,
    data: EventPayload<K>,
    options: { source: string; tenantId: string },
  ): Promise<{ event: CloudEvent<EventPayload<K>>; seq: number }> {
    const event = newCloudEvent(type, data, options);
    const { seq } = await this.publish(event);
    return { event, seq };
  }

  /**
   * The events published so far on `subjects` (a filter such as `evt.dossier.>`) that `keep` keeps,
   * in stream order: the stream is the test stack's own, read through an ordered consumer.
   */
  async published(
    subjects: string,
    keep: (event: CloudEvent) => boolean = () => true,
  ): Promise<CloudEvent[]> {
    const consumer = await this.js.consumers.get(EVENTS_STREAM, { filterSubjects: subjects });
    const events: CloudEvent[] = [];
    for (;;) {
      const message = await consumer.next({ expires: 1_000 });
      if (!message) return events;
      const event = message.json<CloudEvent>();
      if (keep(event)) events.push(event);
    }
  }

  async close(): Promise<void> {
    await this.nc.drain();
  }
}
