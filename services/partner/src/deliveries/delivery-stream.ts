import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import {
  NatsService,
  PLATFORM_OPTIONS,
  SERVICE_CONFIG,
  isNotFound,
  type PlatformOptions,
} from '@certhub/platform';
import { createHash } from 'node:crypto';
import {
  AckPolicy,
  DeliverPolicy,
  JSONCodec,
  RetentionPolicy,
  StorageType,
  headers as natsHeaders,
  type ConsumerConfig,
} from 'nats';
import { ensureStream, ignoreAlreadyThere } from '../common/jetstream';
import type { PartnerConfig } from '../config';
import type { DeliveryKind } from '../subscriptions/subscription.schema';

/** The delivery queue: one message per (subscription, event), `partnerdlv.<partition>.<partner>.<subscription>`. */
export const DELIVERY_STREAM = 'CERTHUB_PARTNER_DELIVERIES';
const PREFIX = 'partnerdlv';
/** A fan-out replayed within this window publishes nothing twice (JetStream de-duplicates on the message id). */
const DUPLICATE_WINDOW_MS = 10 * 60_000;

/** What the delivery worker needs to make one attempt, without reading the database. */
export interface DeliveryMessage {
  deliveryId: string;
  partnerId: string;
  subscriptionId: string;
  kind: DeliveryKind;
  /** `<subscription>|<partition key>`: one dossier's events for one subscription, sent one at a time. */
  lane: string;
  /** The event's sequence in CERTHUB_EVENTS: the order within a lane. */
  seq: number;
  /** Times the delivery was queued again by hand: a message of an older round is stale. */
  round: number;
  /** When the fan-out queued it (ISO): the log's `createdAt`. */
  queuedAt: string;
  event: CloudEvent;
}

const codec = JSONCodec<DeliveryMessage>();

/** Partition of a lane: a stable hash, so every event of a lane lands in the same partition. */
export const partitionOf = (lane: string, partitions: number): number =>
  createHash('sha256').update(lane).digest().readUInt32BE(0) % partitions;

@Injectable()
export class DeliveryStream implements OnApplicationBootstrap {
  private readonly namespace: string;

  constructor(
    private readonly nats: NatsService,
    @Inject(SERVICE_CONFIG) private readonly config: PartnerConfig,
    @Inject(PLATFORM_OPTIONS) options: PlatformOptions,
  ) {
    this.namespace = options.namespace;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureStream();
  }

  /** Durable consumer of one partition (shared by replicas; the partition lease lets one of them pull). */
  durable(partition: number): string {
    return `${this.namespace}-partner-delivery-${partition}`;
  }

  /**
   * Publishes in order and resolves once JetStream stored every one. One connection keeps the
   * publish order, so a lane's messages are stored in its event order.
   */
  async publish(messages: DeliveryMessage[]): Promise<void> {
    await Promise.all(
      messages.map((message) => {
        const h = natsHeaders();
        h.set('Nats-Msg-Id', `${message.deliveryId}.${message.round}`);
        const partition = partitionOf(message.lane, this.config.DELIVERY_PARTITIONS);
        return this.nats.js.publish(
          `${PREFIX}.${partition}.${message.partnerId}.${message.subscriptionId}`,
          codec.encode(message),
          { headers: h },
        );
      }),
    );
  }

  /** Subjects of one partition's messages start with this. */
  subjectPrefix(partition: number): string {
    return `${PREFIX}.${partition}.`;
  }

  decode(data: Uint8Array): DeliveryMessage {
    return codec.decode(data);
  }

  /**
   * Creates the partition's consumer, or brings an existing one to the current settings. JetStream
   * gives each message `WEBHOOK_MAX_ATTEMPTS + 1` deliveries: the last attempt's outcome may be lost
   * in a crash, and the extra one lets the worker dead-letter it instead of leaving it pending.
   */
  async ensureConsumer(partition: number, ackWaitMs: number): Promise<void> {
    const durable = this.durable(partition);
    const settings: Partial<ConsumerConfig> = {
      ack_wait: ackWaitMs * 1e6,
      max_deliver: this.config.WEBHOOK_MAX_ATTEMPTS + 1,
      max_ack_pending: this.config.DELIVERY_MAX_PENDING,
    };
    try {
      await this.nats.jsm.consumers.info(DELIVERY_STREAM, durable);
      await this.nats.jsm.consumers.update(DELIVERY_STREAM, durable, settings);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.nats.jsm.consumers
        .add(DELIVERY_STREAM, {
          ...settings,
          durable_name: durable,
          ack_policy: AckPolicy.Explicit,
          deliver_policy: DeliverPolicy.All,
          filter_subject: `${this.subjectPrefix(partition)}>`,
        })
        .catch(ignoreAlreadyThere);
    }
  }

  private ensureStream(): Promise<void> {
    return ensureStream(this.nats.jsm, {
      name: DELIVERY_STREAM,
      subjects: [`${PREFIX}.>`],
      storage: StorageType.File,
      // A delivery is removed once acknowledged: the log in the database is the history.
      retention: RetentionPolicy.Workqueue,
      duplicate_window: DUPLICATE_WINDOW_MS * 1e6,
    });
  }
}
