import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { RpcPayload } from '@certhub/contracts';
import { TenantRepository } from '@certhub/platform';
import type { FilterQuery, Model } from 'mongoose';
import { onlyDuplicateKeys } from '../common/mongo-errors';
import { skipOf } from '../common/paging';
import { Delivery } from './delivery.schema';

const WORKER = { crossTenant: 'the delivery worker works every partner’s queue' };

/** How an attempt ended, as the worker records it on the delivery. */
export type Outcome =
  | { status: 'delivered'; feedSeq?: number }
  | { status: 'pending'; nextAttemptAt: Date }
  | { status: 'dead_letter' };

export interface Recorded {
  deliveryId: string;
  /** The attempt's number in its round, 1 for the first. */
  attempts: number;
  outcome: Outcome;
}

export type LaneEntry = Pick<Delivery, '_id' | 'lane' | 'seq'>;
export type DeliveryState = Pick<Delivery, '_id' | 'status' | 'round'>;

@Injectable()
export class DeliveryRepository extends TenantRepository<Delivery> {
  constructor(@InjectModel(Delivery.name) model: Model<Delivery>) {
    super(model);
  }

  /**
   * Logs a batch of new deliveries in one write and answers those still to be sent: all of them,
   * less — when the batch is a replay (a crash or a NATS outage before its events were acknowledged)
   * — the ones already finished. Insert-if-absent (the ids are deterministic), unordered: FerretDB
   * runs it as one statement, upserts one by one.
   */
  async enqueue(deliveries: Delivery[]): Promise<Delivery[]> {
    if (deliveries.length === 0) return [];
    try {
      await this.model.insertMany(deliveries, { ordered: false, lean: true });
      return deliveries;
    } catch (error) {
      if (!onlyDuplicateKeys(error)) throw error;
    }
    const finished = await this.model
      .find({ _id: { $in: deliveries.map((d) => d._id) }, status: { $ne: 'pending' } }, { _id: 1 })
      .setOptions(WORKER)
      .lean<{ _id: string }[]>();
    const done = new Set(finished.map((d) => d._id));
    return deliveries.filter((d) => !done.has(d._id));
  }

  /**
   * Records a group of outcomes. Those that set the same fields — nearly all: delivered at the
   * first attempt — share one statement: FerretDB v1 reads the whole collection for a filter on
   * several ids whatever their number, and updates by id one statement at a time (26 ms each on
   * SQLite here), so one `updateMany` per kind of outcome is what keeps the log up with the
   * webhooks. Retries (each its own next attempt) and stream deliveries (each its feed sequence)
   * are one update each; they are the exception.
   */
  async record(recorded: Recorded[], now: Date, purgeAt: Date): Promise<void> {
    const groups = new Map<string, Recorded[]>();
    const writes: Promise<unknown>[] = [];
    for (const r of recorded) {
      const { outcome } = r;
      if (outcome.status === 'pending' || (outcome.status === 'delivered' && outcome.feedSeq !== undefined)) {
        writes.push(
          this.model
            .updateOne(
              { _id: r.deliveryId },
              { $set: { ...fieldsOf(outcome, now, purgeAt), attempts: r.attempts } },
            )
            .setOptions(WORKER),
        );
        continue;
      }
      const key = `${outcome.status}|${r.attempts}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const group of groups.values()) {
      const [{ outcome, attempts }] = group as [Recorded];
      writes.push(
        this.model
          .updateMany(
            { _id: { $in: group.map((r) => r.deliveryId) } },
            { $set: { ...fieldsOf(outcome, now, purgeAt), attempts } },
          )
          .setOptions(WORKER),
      );
    }
    await Promise.all(writes);
  }

  /**
   * Pending deliveries of these lanes before `beforeSeq`, oldest first: after a partition changed
   * hands, what may still be on its way back from the previous owner and must go first.
   */
  pendingBefore(lanes: string[], beforeSeq: number): Promise<LaneEntry[]> {
    return this.model
      .find({ lane: { $in: lanes }, status: 'pending', seq: { $lt: beforeSeq } }, { lane: 1, seq: 1 })
      .setOptions(WORKER)
      .sort({ seq: 1 })
      .lean<LaneEntry[]>();
  }

  /** Where these deliveries stand: a message redelivered after a crash may have been sent and recorded already. */
  states(deliveryIds: string[]): Promise<DeliveryState[]> {
    return this.model
      .find({ _id: { $in: deliveryIds } }, { status: 1, round: 1 })
      .setOptions(WORKER)
      .lean<DeliveryState[]>();
  }

  async list(
    partnerId: string,
    query: RpcPayload<'partner.deliveries.list'>,
    direction: 1 | -1,
  ): Promise<{ items: Delivery[]; total: number }> {
    const filter: FilterQuery<Delivery> = this.scoped(partnerId);
    if (query.subscriptionId) filter.subscriptionId = query.subscriptionId;
    if (query.status) filter.status = query.status;
    const [items, total] = await Promise.all([
      this.model
        .find(filter, { event: 0 })
        .sort({ createdAt: direction, seq: direction, _id: 1 })
        .skip(skipOf(query))
        .limit(query.pageSize)
        .lean<Delivery[]>(),
      this.model.countDocuments(filter),
    ]);
    return { items, total };
  }

  findOwn(partnerId: string, deliveryId: string): Promise<Delivery | null> {
    return this.model.findOne(this.scoped(partnerId, { _id: deliveryId }), { event: 0 }).lean<Delivery>();
  }

  /**
   * Queues a finished delivery again in a new round, same id, attempts counted afresh; null unless
   * it was finished. Answers the whole delivery, event included: the worker needs it.
   */
  requeue(partnerId: string, deliveryId: string, now: Date): Promise<Delivery | null> {
    return this.model
      .findOneAndUpdate(
        this.scoped(partnerId, { _id: deliveryId, status: { $in: ['delivered', 'dead_letter'] } }),
        {
          $set: { status: 'pending', attempts: 0, nextAttemptAt: now },
          $inc: { round: 1 },
          $unset: { deliveredAt: 1, deadLetteredAt: 1, purgeAt: 1 },
        },
        { new: true },
      )
      .lean<Delivery>();
  }

  /** Undoes a requeue whose message could not be queued: the delivery is finished as it was (in its new round). */
  async restore(previous: Delivery): Promise<void> {
    const { _id, tenantId, status, attempts, deliveredAt, deadLetteredAt, purgeAt } = previous;
    const finished = { status, attempts, deliveredAt, deadLetteredAt, purgeAt };
    await this.model.updateOne(
      this.scoped(tenantId, { _id, round: (previous.round ?? 0) + 1, status: 'pending' }),
      {
        $set: Object.fromEntries(Object.entries(finished).filter(([, v]) => v !== undefined)),
      },
    );
  }
}

function fieldsOf(outcome: Outcome, now: Date, purgeAt: Date): Partial<Delivery> {
  switch (outcome.status) {
    case 'pending':
      return { status: 'pending', nextAttemptAt: outcome.nextAttemptAt };
    case 'dead_letter':
      return { status: 'dead_letter', deadLetteredAt: now, purgeAt };
    case 'delivered':
      return {
        status: 'delivered',
        deliveredAt: now,
        purgeAt,
        ...(outcome.feedSeq !== undefined ? { feedSeq: outcome.feedSeq } : {}),
      };
  }
}
