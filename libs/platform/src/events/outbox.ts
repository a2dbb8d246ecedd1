import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { Schema, type Model, type Query, type UpdateQuery } from 'mongoose';
import { Metrics } from '../metrics/metrics';
import { NatsService } from '../nats/nats.service';
import { EventPublisher } from './event-publisher';
import { ensureEventsStream } from './stream';

/**
 * The outbox: events caused by a state change are pushed into an `outbox` array of the same
 * document, in the same update, so the change and its events are stored together or not at all.
 */
export interface WithOutbox {
  outbox: CloudEvent[];
}

/** Emitted on the schema after a write that queued events: the relay of this process wakes up. */
const WRITTEN = 'certhub:outbox-written';

const queuesEvents = (update: unknown): boolean => {
  const push = (update as { $push?: { outbox?: unknown } } | undefined)?.$push?.outbox;
  const each = (push as { $each?: unknown[] } | undefined)?.$each;
  return push !== undefined && (each === undefined || each.length > 0);
};

/**
 * Adds the outbox to an aggregate's schema (`OutboxModule.forFeature` calls it; once per schema).
 * Every write that queues events also sets `outboxPending`, whoever writes (create, insertMany,
 * any update pushing to `outbox`): the relay finds pending documents through that one indexed
 * field, never by scanning the collection.
 */
export function addOutbox(schema: Schema): void {
  if (schema.path('outboxPending')) return;
  schema.add({ outbox: { type: [Schema.Types.Mixed], default: [] }, outboxPending: Boolean });
  // Serves the relay's query for documents with events to publish (sparse: only those carry it).
  schema.index({ outboxPending: 1 }, { sparse: true });

  const markUpdate = function (this: Query<unknown, unknown>): void {
    const update = this.getUpdate() as UpdateQuery<{ outboxPending?: boolean }> | null;
    if (update && queuesEvents(update)) update.$set = { ...update.$set, outboxPending: true };
  };
  const announceUpdate = function (this: Query<unknown, unknown>): void {
    if (queuesEvents(this.getUpdate())) schema.emit(WRITTEN);
  };
  for (const op of ['findOneAndUpdate', 'updateOne', 'updateMany'] as const) {
    schema.pre(op, markUpdate);
    schema.post(op, announceUpdate);
  }
  schema.pre('save', function () {
    if ((this.get('outbox') as unknown[] | undefined)?.length) this.set('outboxPending', true);
  });
  schema.post('save', function () {
    if (this.get('outboxPending')) schema.emit(WRITTEN);
  });
  schema.pre('insertMany', function (next: () => void, docs: unknown) {
    for (const doc of [docs].flat() as { outbox?: unknown[]; outboxPending?: boolean }[])
      if (doc?.outbox?.length) doc.outboxPending = true;
    next();
  });
  schema.post('insertMany', () => schema.emit(WRITTEN));
}

/** The update fragment that records events with a state change: `{ $set: …, ...pushEvents(e) }`. */
export function pushEvents(...events: CloudEvent[]): { $push: { outbox: { $each: CloudEvent[] } } } {
  return { $push: { outbox: { $each: events } } };
}

/** Documents taken per collection and pass, and how many of them are relayed at once. */
const BATCH = 200;
const CONCURRENCY = 32;

interface Pending {
  _id: unknown;
  outbox: CloudEvent[];
}

/**
 * Publishes outbox events to JetStream, then removes them from their document with one write per
 * document and pass. Documents are relayed concurrently; within a document, events are published
 * in order, each awaiting its acknowledgement, so a failure never publishes an event before the
 * ones queued ahead of it. Replicas may race: an event published twice is dropped by JetStream's
 * de-duplication (`Nats-Msg-Id` = event id), and removal only ever removes what was published.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly models: Model<WithOutbox>[] = [];
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private intervalMs = 250;

  constructor(
    private readonly publisher: EventPublisher,
    private readonly nats: NatsService,
    private readonly metrics: Metrics,
  ) {}

  /** Called by `OutboxModule.forFeature` for each model it registers. */
  watch<T extends WithOutbox>(model: Model<T>): void {
    if (this.models.includes(model as unknown as Model<WithOutbox>)) return;
    this.models.push(model as unknown as Model<WithOutbox>);
    model.schema.on(WRITTEN, () => this.nudge());
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.models.length === 0) return;
    await ensureEventsStream(this.nats.jsm);
    this.schedule(0);
  }

  /** Ask for a pass now, e.g. right after a write, instead of waiting for the next tick. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
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
        .find({ outboxPending: true }, { outbox: 1 })
        .setOptions({ crossTenant: 'outbox relay publishes every tenant’s events' })
        .limit(BATCH)
        .lean<Pending[]>();
      let backlog = pending.reduce((sum, doc) => sum + doc.outbox.length, 0);
      for (let i = 0; i < pending.length; i += CONCURRENCY) {
        const counts = await Promise.all(
          pending.slice(i, i + CONCURRENCY).map((doc) => this.relay(model, doc)),
        );
        const count = counts.reduce((a, b) => a + b, 0);
        published += count;
        backlog -= count;
      }
      this.metrics.outboxBacklog.set({ collection: model.collection.collectionName }, backlog);
    }
    return published;
  }

  private async relay(model: Model<WithOutbox>, doc: Pending): Promise<number> {
    for (const event of doc.outbox) await this.publisher.publish(event);
    const options = { crossTenant: 'outbox relay' };
    // Usually nothing was queued meanwhile: empty the outbox and clear the flag in one write.
    // Otherwise remove just what was published and leave the flag for the next pass.
    const cleared = await model
      .updateOne({ _id: doc._id, outbox: doc.outbox }, { $set: { outbox: [] }, $unset: { outboxPending: 1 } })
      .setOptions(options);
    if (cleared.matchedCount === 0 && doc.outbox.length)
      await model.updateOne({ _id: doc._id }, { $pullAll: { outbox: doc.outbox } }).setOptions(options);
    return doc.outbox.length;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.again = false;
      this.running = this.relayOnce()
        .then((count) => {
          this.intervalMs = count > 0 || this.again ? 0 : 250;
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
