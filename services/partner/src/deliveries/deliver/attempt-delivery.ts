import { Inject, Injectable, Logger } from '@nestjs/common';
import { Metrics, SERVICE_CONFIG } from '@certhub/platform';
import type { Counter } from 'prom-client';
import type { PartnerConfig } from '../../config';
import { FeedStream } from '../../feed/feed-stream';
import { SecretBox } from '../../subscriptions/secret-box';
import type { Subscription } from '../../subscriptions/subscription.schema';
import type { Delivery } from '../delivery.schema';
import type { Outcome } from '../delivery.repository';
import { OutcomeRecorder } from './outcome-recorder';
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
  private readonly outcomes: Counter<'outcome'>;

  constructor(
    private readonly recorder: OutcomeRecorder,
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

  /** Never rejects: an outcome that could not be stored leaves the lease to run out, and the delivery is tried again. */
  async execute(delivery: Delivery, subscription: Subscription | undefined): Promise<void> {
    const result = await this.attempt(delivery, subscription).catch((error: unknown): Result => ({
      ok: false,
      at: new Date(),
      durationMs: 0,
      error: String(error),
    }));
    await this.recorder.record(delivery, result, this.outcome(delivery, result)).catch(() => undefined);
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
    const { ok, feedSeq } = result;
    const attemptNumber = delivery.attempts + 1;
    const count = (outcome: 'delivered' | 'failed' | 'dead_letter') => {
      if (delivery.kind === 'webhook') this.outcomes.inc({ outcome });
    };
    if (ok) {
      count('delivered');
      return { status: 'delivered', ...(feedSeq !== undefined ? { feedSeq } : {}) };
    }
    if (attemptNumber >= this.policy.maxAttempts) {
      count('dead_letter');
      this.logger.warn(
        `delivery ${delivery._id} dead-lettered after ${attemptNumber} attempts: ${result.error}`,
      );
      return { status: 'dead_letter' };
    }
    count('failed');
    return {
      status: 'pending',
      nextAttemptAt: new Date(Date.now() + retryDelayMs(this.policy, attemptNumber)),
    };
  }
}
