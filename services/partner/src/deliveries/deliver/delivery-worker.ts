import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  NatsService,
  PLATFORM_OPTIONS,
  PeriodicJobs,
  SERVICE_CONFIG,
  type PlatformOptions,
} from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import type { KV } from 'nats';
import type { PartnerConfig } from '../../config';
import { SubscriptionRepository } from '../../subscriptions/subscription.repository';
import { DeliveryRepository } from '../delivery.repository';
import { DeliveryStream } from '../delivery-stream';
import { AttemptDelivery } from './attempt-delivery';
import { OutcomeRecorder } from './outcome-recorder';
import { PartitionLease } from './partition-lease';
import { PartitionWorker, Slots, type PartitionDeps } from './partition-worker';
import { SubscriptionCache } from './subscription-cache';

const LEASE_BUCKET = 'CERTHUB_PARTNER_LEASES';

/**
 * Works the delivery queue: takes the lease of every partition no other replica holds, works
 * them (one `PartitionWorker` each) while it renews the leases, and takes over the partitions of
 * a replica that stopped renewing. Up to `WEBHOOK_CONCURRENCY` attempts at once per replica,
 * over all its partitions.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly owner = randomUUID();
  private readonly partitions = new Map<number, PartitionWorker>();
  private readonly deps: PartitionDeps;
  private kv?: KV;
  private stopped = false;

  constructor(
    private readonly nats: NatsService,
    stream: DeliveryStream,
    deliveries: DeliveryRepository,
    subscriptions: SubscriptionRepository,
    attempt: AttemptDelivery,
    recorder: OutcomeRecorder,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    @Inject(SERVICE_CONFIG) private readonly config: PartnerConfig,
    private readonly jobs: PeriodicJobs,
  ) {
    this.deps = {
      nats,
      stream,
      deliveries,
      subscriptions: new SubscriptionCache(subscriptions),
      attempt,
      recorder,
      slots: new Slots(config.WEBHOOK_CONCURRENCY),
      // Longer than an attempt can take (the request is aborted at the timeout), so a live worker
      // is never redelivered its own attempt, yet short enough that a crashed one's work resumes soon.
      ackWaitMs: 2 * config.WEBHOOK_TIMEOUT_MS + 5_000,
      logger: this.logger,
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    this.kv = await this.nats.js.views.kv(LEASE_BUCKET, {
      ttl: this.config.DELIVERY_LEASE_TTL_MS,
      history: 1,
    });
    await this.balance();
    // Well within the lease's TTL, jitter included: a live replica never loses its leases.
    this.jobs.register({
      name: 'partner-lease-balance',
      intervalMs: this.config.DELIVERY_LEASE_TTL_MS / 3,
      run: () => this.balance(),
    });
  }

  /** The periodic balance has stopped by now (PeriodicJobs stops before shutdown hooks). */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await Promise.all(
      [...this.partitions.values()].map(async (worker) => {
        await worker.stop();
        await worker.lease.release();
      }),
    );
  }

  /** Renews the leases held (stopping a partition whose lease was lost) and takes the free ones. */
  private async balance(): Promise<void> {
    const kv = this.kv;
    if (!kv || this.stopped) return;
    for (let partition = 0; partition < this.config.DELIVERY_PARTITIONS; partition++) {
      const held = this.partitions.get(partition);
      if (held) {
        if (await held.lease.renew()) continue;
        this.logger.warn(`partition ${partition}: lease lost, handing it over`);
        this.partitions.delete(partition);
        await held.stop();
        continue;
      }
      const lease = new PartitionLease(kv, `${this.options.namespace}.delivery.${partition}`, this.owner);
      if (!(await lease.acquire())) continue;
      const worker = new PartitionWorker(partition, lease, this.deps);
      try {
        await worker.start();
        this.partitions.set(partition, worker);
      } catch (error) {
        this.logger.warn(`partition ${partition}: could not start: ${String(error)}`);
        await worker.stop();
        await lease.release();
      }
    }
  }
}
