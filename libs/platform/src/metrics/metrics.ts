import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per process. Services add domain counters through `metrics()`; the RED metrics for
 * HTTP routes and NATS handlers are recorded by the platform itself.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'certhub_http_request_duration_seconds',
    help: 'HTTP request duration by route, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly natsDuration = new Histogram({
    name: 'certhub_nats_handler_duration_seconds',
    help: 'NATS request/reply handler duration by subject and outcome',
    labelNames: ['subject', 'outcome'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly eventsConsumed = new Counter({
    name: 'certhub_events_consumed_total',
    help: 'JetStream events handled by durable consumer and outcome (applied, duplicate, failed)',
    labelNames: ['consumer', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly eventsPublished = new Counter({
    name: 'certhub_events_published_total',
    help: 'Events published to JetStream by the outbox relay',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly outboxBacklog = new Gauge({
    name: 'certhub_outbox_backlog',
    help: 'Events waiting in aggregate outboxes at the last relay pass',
    labelNames: ['collection'] as const,
    registers: [this.registry],
  });

  readonly consumerLag = new Gauge({
    name: 'certhub_consumer_pending_messages',
    help: 'Messages not yet delivered to a durable consumer (num_pending)',
    labelNames: ['consumer'] as const,
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /** Get-or-create so feature modules can declare their counters where they use them. */
  counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Counter<L>;
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  histogram<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Histogram<L> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Histogram<L>;
    return new Histogram({ name, help, labelNames, registers: [this.registry] });
  }

  gauge<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Gauge<L> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Gauge<L>;
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }
}
