import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { RpcPayload } from '@certhub/contracts';
import { TenantRepository } from '@certhub/platform';
import type { FilterQuery, Model } from 'mongoose';
import { isDuplicateKey } from '../common/mongo-errors';
import { skipOf } from '../common/paging';
import { Delivery } from './delivery.schema';

const WORKER = { crossTenant: 'the delivery worker works every partner’s queue' };
const NEVER_LEASED = new Date(0);

export type DueDelivery = Pick<Delivery, '_id' | 'lane' | 'seq'>;
export type Blocker = Pick<Delivery, '_id' | 'lane' | 'seq' | 'nextAttemptAt' | 'leaseUntil'>;
const BLOCKER_FIELDS = { lane: 1, seq: 1, nextAttemptAt: 1, leaseUntil: 1 };

/** How an attempt ended, as the worker records it on the delivery. */
export type Outcome =
  | { status: 'delivered'; feedSeq?: number }
  | { status: 'pending'; nextAttemptAt: Date }
  | { status: 'dead_letter' };

export interface Recorded {
  deliveryId: string;
  leaseToken: string;
  outcome: Outcome;
}

@Injectable()
export class DeliveryRepository extends TenantRepository<Delivery> {
  constructor(@InjectModel(Delivery.name) model: Model<Delivery>) {
    super(model);
  }

  /**
   * One idempotent write per batch of events: insert-if-absent (the ids are deterministic), so a
   * fan-out replayed after a crash adds what is missing and changes nothing already there. An
   * unordered insert rather than upserts: FerretDB runs it in one statement, upserts one by one.
   */
  async enqueue(deliveries: Delivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    try {
      await this.model.insertMany(deliveries, { ordered: false, lean: true });
    } catch (error) {
      if (!onlyDuplicates(error)) throw error;
    }
  }

  /**
   * Pending deliveries that are due and unleased, of events the fan-out has fully stored
   * (`seq ≤ watermark`), oldest first, leaving out lanes already looked at in this pass.
   */
  due(watermark: number, now: Date, limit: number, skipLanes: string[]): Promise<DueDelivery[]> {
    const filter: FilterQuery<Delivery> = {
      status: 'pending',
      nextAttemptAt: { $lte: now },
      leaseUntil: { $lte: now },
      seq: { $lte: watermark },
    };
    if (skipLanes.length) filter.lane = { $nin: skipLanes };
    return this.model
      .find(filter, { lane: 1, seq: 1 })
      .setOptions(WORKER)
      .sort({ seq: 1 })
      .limit(limit)
      .lean<DueDelivery[]>();
  }

  /**
   * Pending deliveries of these lanes before `beforeSeq` (waiting for a retry, or in flight),
   * oldest first: what keeps a lane's later deliveries back.
   */
  pendingBefore(lanes: string[], beforeSeq: number, limit: number): Promise<Blocker[]> {
    return this.model
      .find({ lane: { $in: lanes }, status: 'pending', seq: { $lt: beforeSeq } }, BLOCKER_FIELDS)
      .setOptions(WORKER)
      .sort({ seq: 1 })
      .limit(limit)
      .lean<Blocker[]>();
  }

  /** Parks the followers of a lane whose head waits for a retry: they cannot go before it anyway. */
  async defer(lane: string, afterSeq: number, until: Date): Promise<void> {
    await this.model
      .updateMany(
        { lane, status: 'pending', seq: { $gt: afterSeq }, nextAttemptAt: { $lt: until } },
        { $set: { nextAttemptAt: until } },
      )
      .setOptions(WORKER);
  }

  /** Takes the lease of those still free, in one write; answers the ones taken (another worker may have been faster). */
  async claim(deliveryIds: string[], now: Date, leaseUntil: Date, leaseToken: string): Promise<Delivery[]> {
    await this.model
      .updateMany(
        { _id: { $in: deliveryIds }, status: 'pending', leaseUntil: { $lte: now } },
        { $set: { leaseUntil, leaseToken } },
      )
      .setOptions(WORKER);
    return this.model
      .find({ _id: { $in: deliveryIds }, leaseToken })
      .setOptions(WORKER)
      .lean<Delivery[]>();
  }

  /**
   * Records a group of outcomes, only for their lease holders: a worker whose lease ran out records
   * nothing. Outcomes that set the same fields share one write (FerretDB commits each statement
   * on its own); retries (each its own next attempt) and stream deliveries (each its feed
   * sequence) are written one by one.
   */
  async record(recorded: Recorded[], now: Date, purgeAt: Date): Promise<void> {
    const writes: Promise<unknown>[] = [];
    const together = (status: 'delivered' | 'dead_letter', set: Partial<Delivery>) => {
      const group = recorded.filter((r) => r.outcome.status === status && !('feedSeq' in r.outcome));
      if (group.length === 0) return;
      writes.push(
        this.model
          .updateMany(
            {
              _id: { $in: group.map((r) => r.deliveryId) },
              leaseToken: { $in: group.map((r) => r.leaseToken) },
            },
            { $set: { status, purgeAt, leaseUntil: NEVER_LEASED, ...set }, $inc: { attempts: 1 } },
          )
          .setOptions(WORKER),
      );
    };
    together('delivered', { deliveredAt: now });
    together('dead_letter', { deadLetteredAt: now });
    for (const { deliveryId, leaseToken, outcome } of recorded) {
      const set =
        outcome.status === 'pending'
          ? { status: 'pending', nextAttemptAt: outcome.nextAttemptAt }
          : outcome.status === 'delivered' && outcome.feedSeq !== undefined
            ? { status: 'delivered', deliveredAt: now, purgeAt, feedSeq: outcome.feedSeq }
            : undefined;
      if (!set) continue;
      writes.push(
        this.model
          .updateOne(
            { _id: deliveryId, leaseToken },
            { $set: { ...set, leaseUntil: NEVER_LEASED }, $inc: { attempts: 1 } },
          )
          .setOptions(WORKER),
      );
    }
    await Promise.all(writes);
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

  /** Queues a finished delivery again, same id, attempts counted afresh; null unless it was finished. */
  requeue(partnerId: string, deliveryId: string, now: Date): Promise<Delivery | null> {
    return this.model
      .findOneAndUpdate(
        this.scoped(partnerId, { _id: deliveryId, status: { $in: ['delivered', 'dead_letter'] } }),
        {
          $set: { status: 'pending', attempts: 0, nextAttemptAt: now, leaseUntil: NEVER_LEASED },
          $unset: { deliveredAt: 1, deadLetteredAt: 1, purgeAt: 1 },
        },
        // No projection: FerretDB v1 does not implement one on findAndModify.
        { new: true },
      )
      .lean<Delivery>();
  }
}

/** Every insert that failed did so because the delivery is already queued. */
function onlyDuplicates(error: unknown): boolean {
  const writeErrors = (error as { writeErrors?: unknown } | undefined)?.writeErrors;
  if (Array.isArray(writeErrors) && writeErrors.length > 0) return writeErrors.every(isDuplicateKey);
  return isDuplicateKey(error);
}
