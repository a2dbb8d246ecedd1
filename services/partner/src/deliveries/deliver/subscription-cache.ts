import { Batcher } from '../../common/batcher';
import type { SubscriptionRepository } from '../../subscriptions/subscription.repository';
import type { Subscription } from '../../subscriptions/subscription.schema';

/** How long another replica's change may take to reach this one's attempts. */
const TTL_MS = 1_000;

/**
 * The subscription (URL, secrets) each attempt needs, without a query per attempt: read for many
 * attempts at once (group commit), dropped at once when this process changes it, and read again
 * after a second — meanwhile attempts go on with the copy in hand rather than all waiting for the
 * store. A secret rotated on another replica signs here within about a second; the rotation's
 * overlap (one day by default) keeps the previous one valid meanwhile.
 */
export class SubscriptionCache {
  private readonly entries = new Map<string, { subscription?: Subscription; at: number }>();
  private readonly refreshing = new Set<string>();
  private readonly loader: Batcher<string, Subscription | undefined>;

  constructor(subscriptions: SubscriptionRepository) {
    this.loader = new Batcher(async (ids) => {
      const found = new Map((await subscriptions.findByIds([...new Set(ids)])).map((s) => [s._id, s]));
      return ids.map((id) => found.get(id));
    });
    subscriptions.onChange((id) => this.entries.delete(id));
  }

  async get(subscriptionId: string): Promise<Subscription | undefined> {
    const cached = this.entries.get(subscriptionId);
    if (!cached) return this.load(subscriptionId);
    if (Date.now() - cached.at >= TTL_MS && !this.refreshing.has(subscriptionId)) {
      this.refreshing.add(subscriptionId);
      void this.load(subscriptionId)
        .catch(() => undefined)
        .finally(() => this.refreshing.delete(subscriptionId));
    }
    return cached.subscription;
  }

  private async load(subscriptionId: string): Promise<Subscription | undefined> {
    const at = Date.now();
    const subscription = await this.loader.run(subscriptionId);
    this.entries.set(subscriptionId, { subscription, at });
    return subscription;
  }
}
