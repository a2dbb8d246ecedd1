import { Batcher } from '../../common/batcher';
import type { SubscriptionRepository } from '../../subscriptions/subscription.repository';
import type { Subscription } from '../../subscriptions/subscription.schema';

/** How long another replica's change may take to reach this one's attempts. */
const TTL_MS = 1_000;

/**
 * The subscription (URL, secrets) each attempt needs, without a query per attempt: read for many
 * attempts at once (group commit), kept a second, and dropped at once when this process changes
 * it. A secret rotated on another replica signs here within the second; the rotation's overlap
 * (one day by default) keeps the previous one valid meanwhile.
 */
export class SubscriptionCache {
  private readonly entries = new Map<string, { subscription?: Subscription; at: number }>();
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
    if (cached && Date.now() - cached.at < TTL_MS) return cached.subscription;
    const at = Date.now();
    const subscription = await this.loader.run(subscriptionId);
    this.entries.set(subscriptionId, { subscription, at });
    return subscription;
  }
}
