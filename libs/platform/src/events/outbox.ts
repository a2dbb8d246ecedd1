import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { Schema, type Model } from 'mongoose';
import { Metrics } from '../metrics/metrics';
import { NatsService } from '../nats/nats.service';
import { EventPublisher } from './event-publisher';
import { ensureEventsStream } from './stream';
import { DocumentLocks } from '../mongo/document-locks';

/**
 * The outbox: events caused by a state change are pushed into an `outbox` array of the same
 * document, in the same update, so the change and its events are stored together or not at all.
 */
export interface WithOutbox {
  outbox: CloudEvent[];
}

export function addOutbox(schema: Schema): void {
  schema.add({ outbox: { type: [Schema.Types.Mixed], default: [] } });
  // Serves the relay's scan for documents with pending events.
  schema.index({ 'outbox.id': 1 }, { sparse: true });
}

/** The update fragment that records events with a state change: `{ $set: …, ...pushEvents(e) }`. */
export function pushEvents(...events: CloudEvent[]): { $push: { outbox: { $each: CloudEvent[] } } } {
  return { $push: { outbox: { $each: events } } };
}

const BATCH = 100;

/**
 * Publishes outbox events to JetStream in order, then removes each one from the head of its
 * document's outbox, guarded by its id. Replicas may race: an event published twice is dropped by JetStream's de-duplication
 * (`Nats-Msg-Id` = event id), and the guarded removal never removes an event not yet published.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly models: Model<WithOutbox>[] = [];
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private intervalMs = 250;

  constructor(
    private readonly publisher: EventPublisher,
    private readonly nats: NatsService,
    private readonly metrics: Metrics,
    private readonly locks: DocumentLocks,
  ) {}

  /** Called by feature modules for each aggregate model whose schema has an outbox. */
  watch<T extends WithOutbox>(model: Model<T>): void {
    this.models.push(model as unknown as Model<WithOutbox>);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.models.length === 0) return;
    await ensureEventsStream(this.nats.jsm);
    this.schedule(0);
  }

  /** Ask for a pass now, e.g. right after a write, instead of waiting for the next tick. */
  nudge(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over every watched collection; returns the number of events published. */
  async relayOnce(): Promise<number> {
    let published = 0;
    for (const model of this.models) {
      const pending = await model
        .find({ 'outbox.id': { $exists: true } }, { outbox: 1 })
        .setOptions({ crossTenant: 'outbox relay publishes every tenant’s events' })
        .limit(BATCH)
        .lean<{ _id: unknown; outbox: CloudEvent[] }[]>();
      let backlog = 0;
      for (const doc of pending) {
        backlog += doc.outbox.length;
        for (const event of doc.outbox) {
          await this.publisher.publish(event);
          // Pop the head only if it is still this event: another replica may have removed it already.
          // ($pull with a condition would read better, but FerretDB v1 ignores it silently.)
          // Under the document's lock, which the aggregate's own writers take too (DocumentLocks).
          await this.locks.run(DocumentLocks.key(model, doc._id), () =>
            model
              .updateOne({ _id: doc._id, 'outbox.0.id': event.id }, { $pop: { outbox: -1 } })
              .setOptions({ crossTenant: 'outbox relay' })
              .exec(),
          );
          published += 1;
          backlog -= 1;
        }
      }
      this.metrics.outboxBacklog.set({ collection: model.collection.collectionName }, backlog);
    }
    return published;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.relayOnce()
        .then((count) => {
          this.intervalMs = count > 0 ? 0 : 250;
        })
        .catch((error: unknown) => {
          // NATS or the database is away: keep the events, slow down, try again.
          this.logger.warn(`outbox relay pass failed, will retry: ${String(error)}`);
          this.intervalMs = Math.min(Math.max(this.intervalMs * 2, 500), 5_000);
        })
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.schedule(this.intervalMs);
        });
    }, delayMs);
  }
}
