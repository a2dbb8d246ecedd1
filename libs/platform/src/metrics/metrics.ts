import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per process. Services add domain counters through `metrics()`; the RED metrics for
 * HTTP routes and NATS handlers are recorded by the platform itself.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = this.histogram(
    'certhub_http_request_duration_seconds',
    'HTTP request duration by route, method and status',
    ['method', 'route', 'status'],
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  );

  readonly natsDuration = this.histogram(
    'certhub_nats_handler_duration_seconds',
    'NATS request/reply handler duration by subject and outcome',
    ['subject', 'outcome'],
    [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  );

  readonly eventsConsumed = this.counter(
    'certhub_events_consumed_total',
    'JetStream events handled by durable consumer and outcome (applied, duplicate, failed)',
    ['consumer', 'outcome'],
  );

  readonly eventsPublished = this.counter(
    'certhub_events_published_total',
    'Events published to JetStream by the outbox relay',
    ['type'],
  );

  readonly outboxBacklog = this.gauge(
    'certhub_outbox_backlog',
    'Events waiting in aggregate outboxes at the last relay pass',
    ['collection'],
  );

  readonly consumerLag = this.gauge(
    'certhub_consumer_pending_messages',
    'Messages not yet delivered to a durable consumer (num_pending)',
    ['consumer'],
  );

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /** Get-or-create so feature modules can declare their counters where they use them. */
  counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return this.metric(name, () => new Counter({ name, help, labelNames, registers: [this.registry] }));
  }

  /** `buckets`: prom-client's defaults unless given. */
  histogram<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[] = [],
    buckets?: number[],
  ): Histogram<L> {
    return this.metric(
      name,
      () =>
        new Histogram({
          name,
          help,
          labelNames,
          registers: [this.registry],
          ...(buckets ? { buckets } : {}),
        }),
    );
  }

  gauge<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Gauge<L> {
    return this.metric(name, () => new Gauge({ name, help, labelNames, registers: [this.registry] }));
  }

  private metric<M>(name: string, create: () => M): M {
    return (this.registry.getSingleMetric(name) as M | undefined) ?? create();
  }
}
