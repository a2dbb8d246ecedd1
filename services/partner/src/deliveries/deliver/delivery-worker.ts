import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_CONFIG } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import type { PartnerConfig } from '../../config';
import { SubscriptionRepository } from '../../subscriptions/subscription.repository';
import { DeliveryQueueSignal } from '../delivery-queue-signal';
import { DeliveryRepository, type Blocker, type DueDelivery } from '../delivery.repository';
import { EventFanOutConsumer } from '../fan-out/event-fan-out.consumer';
import { AttemptDelivery } from './attempt-delivery';

const IDLE_POLL_MS = 250;
const ERROR_PAUSE_MS = 1_000;
/** Queries per pass for more lanes when the first ones were all blocked. */
const MAX_ROUNDS = 3;
/** Earlier pending deliveries read per round to tell blocked lanes from free ones. */
const BLOCKER_SCAN = 1_000;

/**
 * Works the delivery queue: takes the head of each lane (the oldest pending delivery of one
 * subscription and dossier) under a lease and attempts it. Lanes go out in parallel; within a
 * lane one delivery at a time, so a dossier's events arrive in order, a failed one holding back
 * the ones after it until it is delivered or dead-lettered. Replicas share the queue.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly inFlight = new Set<Promise<void>>();
  private readonly leaseMs: number;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly fanOut: EventFanOutConsumer,
    private readonly attempt: AttemptDelivery,
    private readonly signal: DeliveryQueueSignal,
    @Inject(SERVICE_CONFIG) private readonly config: PartnerConfig,
  ) {
    // Longer than an attempt can take (the request is aborted at the timeout), so a live worker
    // never loses its lease mid-attempt, yet short enough that a crashed one's work resumes soon.
    this.leaseMs = 2 * config.WEBHOOK_TIMEOUT_MS + 5_000;
  }

  onApplicationBootstrap(): void {
    this.running = this.loop();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.signal.notify();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const free = this.config.WEBHOOK_CONCURRENCY - this.inFlight.size;
      let started = 0;
      try {
        if (free > 0) started = await this.startDeliveries(free);
      } catch (error) {
        this.logger.warn(`delivery pass failed, will retry: ${String(error)}`);
        await this.signal.next(ERROR_PAUSE_MS);
        continue;
      }
      // Go again at once while there is work and room; otherwise when a slot frees up or work arrives.
      if (started === 0 || this.inFlight.size >= this.config.WEBHOOK_CONCURRENCY)
        await Promise.race([this.signal.next(IDLE_POLL_MS), ...this.inFlight]);
    }
    await Promise.all(this.inFlight);
  }

  private async startDeliveries(free: number): Promise<number> {
    const now = new Date();
    const heads = await this.findHeads(await this.fanOut.watermark(), now, free);
    if (heads.length === 0) return 0;
    const leaseUntil = new Date(now.getTime() + this.leaseMs);
    const claimed = await this.deliveries.claim(
      heads.map((d) => d._id),
      now,
      leaseUntil,
      randomUUID(),
    );
    if (claimed.length === 0) return 0;
    const ids = [...new Set(claimed.map((d) => d.subscriptionId))];
    const subscriptions = new Map((await this.subscriptions.findByIds(ids)).map((s) => [s._id, s]));
    for (const delivery of claimed) {
      const task = this.attempt
        .execute(delivery, subscriptions.get(delivery.subscriptionId))
        .finally(() => this.inFlight.delete(task));
      this.inFlight.add(task);
    }
    return claimed.length;
  }

  /**
   * What may go now: per lane, its first due delivery, unless an earlier one of the lane is still
   * pending. A few queries per pass whatever the number of lanes (each query costs the same).
   */
  private async findHeads(watermark: number, now: Date, limit: number): Promise<DueDelivery[]> {
    const examined = new Set<string>();
    const heads: DueDelivery[] = [];
    for (let round = 0; round < MAX_ROUNDS && heads.length < limit; round++) {
      const firsts = new Map<string, DueDelivery>();
      for (const d of await this.deliveries.due(watermark, now, limit * 4, [...examined]))
        if (!firsts.has(d.lane)) firsts.set(d.lane, d);
      if (firsts.size === 0) break;
      const lanes = [...firsts.keys()];
      lanes.forEach((lane) => examined.add(lane));
      const maxSeq = Math.max(...[...firsts.values()].map((d) => d.seq));
      const earlier = await this.deliveries.pendingBefore(lanes, maxSeq, BLOCKER_SCAN);
      // Read in sequence order: when cut at the limit, lanes are known free only up to the last one read.
      const horizon = earlier.length < BLOCKER_SCAN ? Infinity : (earlier.at(-1)?.seq ?? Infinity);
      const blockers = new Map<string, Blocker>();
      for (const pending of earlier) if (!blockers.has(pending.lane)) blockers.set(pending.lane, pending);
      for (const candidate of firsts.values()) {
        const blocker = blockers.get(candidate.lane);
        if (blocker && blocker.seq < candidate.seq) await this.parkFollowers(blocker, now);
        else if (candidate.seq <= horizon && heads.length < limit) heads.push(candidate);
      }
    }
    return heads;
  }

  /** A head waiting for its retry: its followers cannot go before it, so they stop filling the due list. */
  private async parkFollowers(head: Blocker, now: Date): Promise<void> {
    if (head.nextAttemptAt > now && head.leaseUntil <= now)
      await this.deliveries.defer(head.lane, head.seq, head.nextAttemptAt);
  }
}
