import { Inject, Injectable, Logger } from '@nestjs/common';
import { Metrics, SERVICE_CONFIG } from '@certhub/platform';
import type { Counter } from 'prom-client';
import type { PartnerConfig } from '../../config';
import { FeedStream } from '../../feed/feed-stream';
import { SecretBox } from '../../subscriptions/secret-box';
import type { Subscription } from '../../subscriptions/subscription.schema';
import type { Delivery } from '../delivery.schema';
import { DeliveryRepository, type Outcome } from '../delivery.repository';
import { retryDelayMs, type RetryPolicy } from './retry-policy';
import { WebhookSender, type AttemptResult } from './webhook-sender';

type Result = AttemptResult & { feedSeq?: number };

/**
 * One attempt at a leased delivery — a signed webhook POST, or storing the event in the partner
 * feed — and its outcome: delivered, retried later with backoff, or dead-lettered after the last
 * allowed attempt.
 */
@Injectable()
export class AttemptDelivery {
  private readonly logger = new Logger(AttemptDelivery.name);
  private readonly policy: RetryPolicy;
  private readonly retentionMs: number;
  private readonly outcomes: Counter<'outcome'>;

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly sender: WebhookSender,
    private readonly feed: FeedStream,
    private readonly secretBox: SecretBox,
    metrics: Metrics,
    @Inject(SERVICE_CONFIG) config: PartnerConfig,
  ) {
    this.policy = {
      maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
      baseMs: config.WEBHOOK_RETRY_BASE_MS,
      maxMs: config.WEBHOOK_RETRY_MAX_MS,
    };
    this.retentionMs = config.DELIVERY_LOG_RETENTION_DAYS * 86_400_000;
    this.outcomes = metrics.counter(
      'certhub_webhook_deliveries_total',
      'Webhook delivery attempts by outcome',
      ['outcome'],
    );
  }

  async execute(delivery: Delivery, subscription: Subscription | undefined): Promise<void> {
    try {
      const result = await this.attempt(delivery, subscription);
      await this.deliveries.record(delivery._id, delivery.leaseToken ?? '', this.outcome(delivery, result));
    } catch (error) {
      // The outcome could not be stored: the lease runs out and the delivery is tried again.
      this.logger.warn(`delivery ${delivery._id}: ${String(error)}`);
    }
  }

  private async attempt(delivery: Delivery, subscription: Subscription | undefined): Promise<Result> {
    const at = new Date();
    const elapsed = () => Date.now() - at.getTime();
    if (!subscription) return { ok: false, at, durationMs: 0, error: 'the subscription no longer exists' };
    if (delivery.kind === 'stream') {
      try {
        const feedSeq = await this.feed.publish(
          subscription.tenantId,
          subscription._id,
          delivery._id,
          delivery.event,
        );
        return { ok: true, at, durationMs: elapsed(), feedSeq };
      } catch (error) {
        return { ok: false, at, durationMs: elapsed(), error: String(error) };
      }
    }
    // During a rotation overlap both secrets sign; an expired one no longer does.
    const secrets = subscription.secrets
      .filter((s) => !s.validUntil || s.validUntil > at)
      .map((s) => this.secretBox.open(s.sealed));
    return this.sender.send(subscription.url ?? '', secrets, delivery);
  }

  private outcome(delivery: Delivery, result: Result): Outcome {
    const { ok, feedSeq, ...attempt } = result;
    const attemptNumber = delivery.attempts + 1;
    const count = (outcome: 'delivered' | 'failed' | 'dead_letter') => {
      if (delivery.kind === 'webhook') this.outcomes.inc({ outcome });
    };
    if (ok) {
      count('delivered');
      const purgeAt = new Date(Date.now() + this.retentionMs);
      return { status: 'delivered', attempt, purgeAt, ...(feedSeq !== undefined ? { feedSeq } : {}) };
    }
    if (attemptNumber >= this.policy.maxAttempts) {
      count('dead_letter');
      this.logger.warn(
        `delivery ${delivery._id} dead-lettered after ${attemptNumber} attempts: ${attempt.error}`,
      );
      return { status: 'dead_letter', attempt, purgeAt: new Date(Date.now() + this.retentionMs) };
    }
    count('failed');
    return {
      status: 'pending',
      attempt,
      nextAttemptAt: new Date(Date.now() + retryDelayMs(this.policy, attemptNumber)),
    };
  }
}
