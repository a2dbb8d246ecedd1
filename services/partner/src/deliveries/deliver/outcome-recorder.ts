import { Inject, Injectable, Logger } from '@nestjs/common';
import { SERVICE_CONFIG } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import type { PartnerConfig } from '../../config';
import type { AttemptOutcome } from '../attempt.schema';
import { AttemptRepository } from '../attempt.repository';
import type { Delivery } from '../delivery.schema';
import { DeliveryRepository, type Outcome } from '../delivery.repository';
import type { AttemptResult } from './webhook-sender';

interface Finished {
  delivery: Delivery;
  result: AttemptResult;
  outcome: Outcome;
  done: (error?: unknown) => void;
}

/**
 * Group commit of attempt outcomes: attempts that finish while a write is under way are stored
 * together by the next one. Each write statement costs a commit, and with many lanes in flight
 * this keeps the count of commits per delivery well under one.
 */
@Injectable()
export class OutcomeRecorder {
  private readonly logger = new Logger(OutcomeRecorder.name);
  private readonly retentionMs: number;
  private queue: Finished[] = [];
  private writing = false;

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly attempts: AttemptRepository,
    @Inject(SERVICE_CONFIG) config: PartnerConfig,
  ) {
    this.retentionMs = config.DELIVERY_LOG_RETENTION_DAYS * 86_400_000;
  }

  /** Resolves once stored; rejects when the write failed (the lease then runs out and the delivery is retried). */
  record(delivery: Delivery, result: AttemptResult, outcome: Outcome): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ delivery, result, outcome, done: (error) => (error ? reject(error) : resolve()) });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue;
        this.queue = [];
        await this.write(group).then(
          () => group.forEach((f) => f.done()),
          (error: unknown) => {
            this.logger.warn(`could not record ${group.length} delivery outcomes: ${String(error)}`);
            group.forEach((f) => f.done(error));
          },
        );
      }
    } finally {
      this.writing = false;
    }
  }

  private async write(group: Finished[]): Promise<void> {
    const now = new Date();
    const purgeAt = new Date(now.getTime() + this.retentionMs);
    await Promise.all([
      this.deliveries.record(
        group.map(({ delivery, outcome }) => ({
          deliveryId: delivery._id,
          leaseToken: delivery.leaseToken ?? '',
          outcome,
        })),
        now,
        purgeAt,
      ),
      this.attempts.append(
        group.map(({ delivery, result, outcome }) => ({
          _id: randomUUID(),
          tenantId: delivery.tenantId,
          deliveryId: delivery._id,
          at: result.at,
          durationMs: result.durationMs,
          ...(result.statusCode !== undefined ? { statusCode: result.statusCode } : {}),
          ...(result.error ? { error: result.error } : {}),
          outcome: attemptOutcome(outcome),
          purgeAt,
        })),
      ),
    ]);
  }
}

const attemptOutcome = (outcome: Outcome): AttemptOutcome =>
  outcome.status === 'pending' ? 'failed' : outcome.status;
