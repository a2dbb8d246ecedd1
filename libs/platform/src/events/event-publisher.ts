import { Injectable } from '@nestjs/common';
import { HEADERS, eventSubject, isEventType, type CloudEvent } from '@certhub/contracts';
import { JSONCodec, headers as natsHeaders } from 'nats';
import { Metrics } from '../metrics/metrics';
import { NatsService } from '../nats/nats.service';

const codec = JSONCodec<CloudEvent>();

/** Publishes CloudEvents to JetStream, the event id doubling as `Nats-Msg-Id` for de-duplication. */
@Injectable()
export class EventPublisher {
  constructor(
    private readonly nats: NatsService,
    private readonly metrics: Metrics,
  ) {}

  async publish(event: CloudEvent): Promise<{ duplicate: boolean; seq: number }> {
    if (!isEventType(event.type))
      throw new Error(`unknown event type ${event.type}: add it to libs/contracts`);
    const h = natsHeaders();
    h.set(HEADERS.ceType, event.type);
    if (event.correlationid) h.set(HEADERS.correlationId, event.correlationid);
    const ack = await this.nats.js.publish(eventSubject(event.type), codec.encode(event), {
      msgID: event.id,
      headers: h,
    });
    if (!ack.duplicate) this.metrics.eventsPublished.inc({ type: event.type });
    return { duplicate: ack.duplicate, seq: ack.seq };
  }
}
