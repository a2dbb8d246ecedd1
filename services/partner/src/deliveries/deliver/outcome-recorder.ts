import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { PartnerConfig } from '../../config';
import { Batcher } from '../../common/batcher';
import type { AttemptOutcome } from '../attempt.schema';
import { AttemptRepository } from '../attempt.repository';
import { toLoggedDelivery } from '../delivery.mapper';
import { DeliveryRepository, type Outcome } from '../delivery.repository';
import type { DeliveryMessage } from '../delivery-stream';
import type { Attempted } from './attempt-delivery';

interface Finished extends Attempted {
  message: DeliveryMessage;
  /** The attempt's number in its round. */
  attempt: number;
  /** The message's sequence in the delivery stream: with the attempt, the attempt's log id. */
  msgSeq: number;
}

/**
 * The delivery log, written in batches: outcomes that finish while a write is under way are
 * stored together by the next one (the deliveries, created by their first outcome, and their
 * attempts, in one insert each). The worker acknowledges a message only once its outcome is stored.
 */
@Injectable()
export class OutcomeRecorder {
  private readonly retentionMs: number;
  private readonly batcher = new Batcher<Finished, void>(async (group) => {
    await this.write(group);
    return group.map(() => undefined);
  });

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly attempts: AttemptRepository,
    @Inject(SERVICE_CONFIG) config: PartnerConfig,
  ) {
    this.retentionMs = config.DELIVERY_LOG_RETENTION_DAYS * 86_400_000;
  }

  /** Resolves once stored; rejects when the write failed. */
  record(finished: Finished): Promise<void> {
    return this.batcher.run(finished);
  }

  private async write(group: Finished[]): Promise<void> {
    const now = new Date();
    const purgeAt = new Date(now.getTime() + this.retentionMs);
    await Promise.all([
      this.deliveries.record(
        group.map(({ message, attempt, outcome }) => ({
          entry: toLoggedDelivery(message),
          attempts: attempt,
          outcome,
        })),
        now,
        purgeAt,
      ),
      this.attempts.append(
        group.map(({ message, attempt, msgSeq, result, outcome }) => ({
          // Deterministic: the same attempt recorded twice (its ack lost in a crash) is stored once.
          _id: `${message.deliveryId}.${msgSeq}.${attempt}`,
          tenantId: message.partnerId,
          deliveryId: message.deliveryId,
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
