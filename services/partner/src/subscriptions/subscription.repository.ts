import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { PageQuery } from '@certhub/contracts';
import { DomainError, TenantRepository, skipOf, type MongoSort } from '@certhub/platform';
import type { Model } from 'mongoose';
import { Subscription, type SealedSecret } from './subscription.schema';

/** What the fan-out needs to match events. */
export type MatchableSubscription = Pick<
  Subscription,
  '_id' | 'tenantId' | 'eventTypes' | 'scope' | 'partnerScope' | 'kind'
>;

@Injectable()
export class SubscriptionRepository extends TenantRepository<Subscription> {
  private readonly changeListeners = new Set<(subscriptionId: string) => void>();

  constructor(@InjectModel(Subscription.name) model: Model<Subscription>) {
    super(model);
  }

  /** Called after this process changed a subscription (its secrets, or deactivated it): caches drop it. */
  onChange(listener: (subscriptionId: string) => void): void {
    this.changeListeners.add(listener);
  }

  private changed<T>(subscriptionId: string, result: T): T {
    this.changeListeners.forEach((listener) => listener(subscriptionId));
    return result;
  }

  async insert(subscription: Subscription): Promise<Subscription> {
    return (await this.model.create(subscription)).toObject<Subscription>();
  }

  /** The partner's own subscription; another partner's answers 404 like a missing one. */
  async getOwn(partnerId: string, subscriptionId: string): Promise<Subscription> {
    const found = await this.model
      .findOne(this.scoped(partnerId, { _id: subscriptionId }))
      .lean<Subscription>();
    if (!found) throw DomainError.notFound(`subscription ${subscriptionId}`);
    return found;
  }

  async list(
    partnerId: string,
    query: PageQuery,
    sort: MongoSort,
  ): Promise<{ items: Subscription[]; total: number }> {
    const filter = this.scoped(partnerId);
    const [items, total] = await Promise.all([
      this.model.find(filter).sort(sort).skip(skipOf(query)).limit(query.pageSize).lean<Subscription[]>(),
      this.model.countDocuments(filter),
    ]);
    return { items, total };
  }

  async deactivate(partnerId: string, subscriptionId: string): Promise<Subscription | null> {
    const updated = await this.model
      .findOneAndUpdate(
        this.scoped(partnerId, { _id: subscriptionId }),
        { $set: { active: false } },
        { new: true },
      )
      .lean<Subscription>();
    return this.changed(subscriptionId, updated);
  }

  /** Replaces the secrets only if the current one is still the one read: two rotations cannot interleave. */
  async replaceSecrets(
    partnerId: string,
    subscriptionId: string,
    currentSealed: string,
    secrets: SealedSecret[],
  ): Promise<Subscription | null> {
    const updated = await this.model
      .findOneAndUpdate(
        this.scoped(partnerId, { _id: subscriptionId, 'secrets.0.sealed': currentSealed }),
        { $set: { secrets } },
        { new: true },
      )
      .lean<Subscription>();
    return this.changed(subscriptionId, updated);
  }

  listActive(): Promise<MatchableSubscription[]> {
    return this.model
      .find({ active: true }, { eventTypes: 1, scope: 1, partnerScope: 1, kind: 1, tenantId: 1 })
      .setOptions({ crossTenant: 'the fan-out matches each event against every partner’s subscriptions' })
      .lean<MatchableSubscription[]>();
  }

  /** Deliveries already queued are sent even after their subscription was deleted. */
  findByIds(subscriptionIds: string[]): Promise<Subscription[]> {
    return this.model
      .find({ _id: { $in: subscriptionIds } })
      .setOptions({ crossTenant: 'the delivery worker sends every partner’s queued deliveries' })
      .lean<Subscription[]>();
  }
}
