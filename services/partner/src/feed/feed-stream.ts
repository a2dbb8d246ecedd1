import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CloudEventSchema, type CloudEvent } from '@certhub/contracts';
import { NatsService, SERVICE_CONFIG } from '@certhub/platform';
import { DiscardPolicy, JSONCodec, RetentionPolicy, StorageType } from 'nats';
import { ensureStream } from '../common/jetstream';
import type { PartnerConfig } from '../config';

/** Partner feeds: one subject per stream subscription, `partnerfeed.<partner>.<subscription>`. */
export const PARTNER_FEED_STREAM = 'CERTHUB_PARTNER_FEEDS';
const PREFIX = 'partnerfeed';
const codec = JSONCodec<CloudEvent>();

export interface FeedItem {
  seq: number;
  event: CloudEvent;
}

/**
 * The durable feed of stream subscriptions, in JetStream: the stream sequence is assigned when an
 * event is stored, so a reader resuming after sequence N never misses an event stored later.
 */
@Injectable()
export class FeedStream implements OnApplicationBootstrap {
  constructor(
    private readonly nats: NatsService,
    @Inject(SERVICE_CONFIG) private readonly config: PartnerConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await ensureStream(this.nats.jsm, {
      name: PARTNER_FEED_STREAM,
      subjects: [`${PREFIX}.>`],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      discard: DiscardPolicy.Old,
      max_age: this.config.PARTNER_FEED_MAX_AGE_DAYS * 86_400 * 1e9,
    });
  }

  /** Stores the event in the subscription's feed; a repeat of one delivery id is stored once. */
  async publish(
    partnerId: string,
    subscriptionId: string,
    deliveryId: string,
    event: CloudEvent,
  ): Promise<number> {
    const ack = await this.nats.js.publish(`${PREFIX}.${partnerId}.${subscriptionId}`, codec.encode(event), {
      msgID: deliveryId,
    });
    return ack.seq;
  }

  /**
   * The partner's events after `after`, up to `limit`: answers as soon as it has what is there,
   * or waits up to `waitMs` for the first one.
   */
  async read(partnerId: string, after: number, limit: number, waitMs: number): Promise<FeedItem[]> {
    const consumer = await this.nats.js.consumers.get(PARTNER_FEED_STREAM, {
      filterSubjects: `${PREFIX}.${partnerId}.>`,
      opt_start_seq: after + 1,
    });
    const items: FeedItem[] = [];
    try {
      // JetStream pull requests wait at least a second.
      const messages = await consumer.fetch({ max_messages: limit, expires: Math.max(waitMs, 1_000) });
      for await (const msg of messages) {
        items.push({ seq: msg.seq, event: CloudEventSchema.parse(msg.json()) as CloudEvent });
        if (msg.info.pending === 0 || items.length >= limit) break;
      }
    } finally {
      await consumer.delete().catch(() => undefined);
    }
    return items;
  }
}
