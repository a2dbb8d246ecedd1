import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { RpcPayload } from '@certhub/contracts';
import { DomainError, TenantRepository, skipOf } from '@certhub/platform';
import type { FilterQuery, Model } from 'mongoose';
import { onlyDuplicateKeys } from '../common/mongo-errors';
import { Delivery } from './delivery.schema';

const WORKER = { crossTenant: 'the delivery worker works every partner’s queue' };

/** How an attempt ended, as the worker records it on the delivery. */
export type Outcome =
  | { status: 'delivered'; feedSeq?: number }
  | { status: 'pending'; nextAttemptAt: Date }
  | { status: 'dead_letter' };

export interface Recorded {
  /** The entry as the delivery's first recorded outcome creates it. */
  entry: Delivery;
  /** The attempt's number in its round, 1 for the first. */
  attempts: number;
  outcome: Outcome;
}

export type DeliveryState = Pick<Delivery, '_id' | 'status' | 'round'>;

@Injectable()
export class DeliveryRepository extends TenantRepository<Delivery> {
  constructor(@InjectModel(Delivery.name) model: Model<Delivery>) {
    super(model);
  }

  /**
   * Records a group of outcomes in the log. A delivery's first outcome creates its entry: the
   * group's first outcomes are one unordered insert, the write FerretDB v1 makes cheaply (one
   * statement for them all, where an update by id costs a statement each and an update of several
   * ids reads the whole collection). Later outcomes (after a retry, or a redelivery on demand)
   * update the entry; those that set the same fields share one `updateMany`.
   */
  async record(recorded: Recorded[], now: Date, purgeAt: Date): Promise<void> {
    const entry = (r: Recorded): Delivery => ({
      ...r.entry,
      ...fieldsOf(r.outcome, now, purgeAt),
      attempts: r.attempts,
    });
    const firsts = recorded.filter((r) => r.attempts === 1 && r.entry.round === 0);
    // A first outcome recorded again (its ack lost in a crash, or a batch replayed) finds its
    // entry there: the whole group is then written as updates, which are idempotent.
    const created = await this.create(firsts.map(entry));
    const missed = await this.update(
      created ? recorded.filter((r) => !firsts.includes(r)) : recorded,
      now,
      purgeAt,
    );
    // Entries whose first outcome was lost in a crash: created with this one.
    await this.create(missed.map(entry));
  }

  /** Inserts the entries not there yet; false when some were there already. */
  private async create(entries: Delivery[]): Promise<boolean> {
    if (entries.length === 0) return true;
    try {
      await this.model.insertMany(entries, { ordered: false, lean: true });
      return true;
    } catch (error) {
      if (!onlyDuplicateKeys(error)) throw error;
      return false;
    }
  }

  /** Updates the entries of these outcomes; answers those whose entry does not exist. */
  private async update(recorded: Recorded[], now: Date, purgeAt: Date): Promise<Recorded[]> {
    const alike = new Map<string, Recorded[]>();
    const singles: Recorded[] = [];
    for (const r of recorded) {
      const { outcome } = r;
      if (outcome.status === 'pending' || (outcome.status === 'delivered' && outcome.feedSeq !== undefined))
        singles.push(r);
      else {
        const key = `${outcome.status}|${r.attempts}`;
        alike.set(key, [...(alike.get(key) ?? []), r]);
      }
    }
    const set = (r: Recorded) => ({ $set: { ...fieldsOf(r.outcome, now, purgeAt), attempts: r.attempts } });
    const missed = await Promise.all([
      ...singles.map(async (r) => {
        const { matchedCount } = await this.model.updateOne({ _id: r.entry._id }, set(r)).setOptions(WORKER);
        return matchedCount === 1 ? [] : [r];
      }),
      ...[...alike.values()].map(async (group) => {
        const ids = group.map((r) => r.entry._id);
        const { matchedCount } = await this.model
          .updateMany({ _id: { $in: ids } }, set(group[0] as Recorded))
          .setOptions(WORKER);
        if (matchedCount === group.length) return [];
        const found = new Set((await this.states(ids)).map((d) => d._id));
        return group.filter((r) => !found.has(r.entry._id));
      }),
    ]);
    return missed.flat();
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

  /** The partner's own delivery, without its event; another partner's answers 404 like a missing one. */
  async getOwn(partnerId: string, deliveryId: string): Promise<Delivery> {
    const found = await this.model
      .findOne(this.scoped(partnerId, { _id: deliveryId }), { event: 0 })
      .lean<Delivery>();
    if (!found) throw DomainError.notFound(`delivery ${deliveryId}`);
    return found;
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
