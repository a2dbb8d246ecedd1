import { Inject, Injectable, Logger } from '@nestjs/common';
import { Metrics, SERVICE_CONFIG } from '@certhub/platform';
import type { Counter } from 'prom-client';
import type { PartnerConfig } from '../../config';
import { FeedStream } from '../../feed/feed-stream';
import { SecretBox } from '../../subscriptions/secret-box';
import type { Subscription } from '../../subscriptions/subscription.schema';
import type { Outcome } from '../delivery.repository';
import type { DeliveryMessage } from '../delivery-stream';
import { retryDelayMs, type RetryPolicy } from './retry-policy';
import { WebhookSender, type AttemptResult } from './webhook-sender';

export type Result = AttemptResult & { feedSeq?: number };

export interface Attempted {
  result: Result;
  outcome: Outcome;
  /** Milliseconds until JetStream redelivers it, when the outcome is a retry. */
  retryInMs?: number;
}

/**
 * One attempt at a queued delivery — a signed webhook POST, or storing the event in the partner
 * feed — and its outcome: delivered, retried later with backoff, or dead-lettered after the last
 * allowed attempt.
 */
@Injectable()
export class AttemptDelivery {
  private readonly logger = new Logger(AttemptDelivery.name);
  private readonly policy: RetryPolicy;
  private readonly outcomes: Counter<'outcome'>;

  constructor(
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
    this.outcomes = metrics.counter(
      'certhub_webhook_deliveries_total',
      'Webhook delivery attempts by outcome',
      ['outcome'],
    );
  }

  /** Never rejects. `attempt` counts from 1; past the last allowed one the delivery is dead-lettered unsent. */
  async execute(
    message: DeliveryMessage,
    attempt: number,
    subscription: Subscription | undefined,
  ): Promise<Attempted> {
    const result =
      attempt > this.policy.maxAttempts
        ? // Its last attempt's outcome was lost (a crash): JetStream's extra delivery closes it.
          { ok: false, at: new Date(), durationMs: 0, error: 'no outcome recorded for the last attempt' }
        : await this.attempt(message, subscription).catch((error: unknown): Result => ({
            ok: false,
            at: new Date(),
            durationMs: 0,
            error: String(error),
          }));
    return { result, ...this.outcome(message, Math.min(attempt, this.policy.maxAttempts), result) };
  }

  private async attempt(message: DeliveryMessage, subscription: Subscription | undefined): Promise<Result> {
    const at = new Date();
    const elapsed = () => Date.now() - at.getTime();
    if (!subscription) return { ok: false, at, durationMs: 0, error: 'the subscription no longer exists' };
    if (message.kind === 'stream') {
      try {
        const feedSeq = await this.feed.publish(
          subscription.tenantId,
          subscription._id,
          message.deliveryId,
          message.event,
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
    return this.sender.send(subscription.url ?? '', secrets, message.deliveryId, message.event);
  }

  private outcome(message: DeliveryMessage, attempt: number, result: Result): Omit<Attempted, 'result'> {
    const { ok, feedSeq } = result;
    const count = (outcome: 'delivered' | 'failed' | 'dead_letter') => {
      if (message.kind === 'webhook') this.outcomes.inc({ outcome });
    };
    if (ok) {
      count('delivered');
      return { outcome: { status: 'delivered', ...(feedSeq !== undefined ? { feedSeq } : {}) } };
    }
    if (attempt >= this.policy.maxAttempts) {
      count('dead_letter');
      this.logger.warn(
        `delivery ${message.deliveryId} dead-lettered after ${attempt} attempts: ${result.error}`,
      );
      return { outcome: { status: 'dead_letter' } };
    }
    count('failed');
    const retryInMs = retryDelayMs(this.policy, attempt);
    return { outcome: { status: 'pending', nextAttemptAt: new Date(Date.now() + retryInMs) }, retryInMs };
  }
}
