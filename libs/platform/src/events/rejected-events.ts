import type { Logger } from '@nestjs/common';
import { EventCatalog, type CloudEvent, type EventPayload, type EventType } from '@certhub/contracts';
import type { Metrics } from '../metrics/metrics';

/**
 * Thrown by a durable consumer's handler for an event whose payload breaks its contract: a
 * redelivery cannot fix it, so DurableConsumers acknowledges it, logs it with its id and counts it
 * in the subscription's `rejectedMetric` for someone to look at.
 */
export class EventRejected extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'EventRejected';
  }
}

/** The event's payload, checked against its catalogue schema as `type`; throws EventRejected when it breaks it. */
export function catalogPayload<K extends EventType>(event: CloudEvent, type: K): EventPayload<K> {
  const parsed = EventCatalog[type].schema.safeParse(event.data);
  if (!parsed.success) throw new EventRejected(parsed.error.message);
  return parsed.data as EventPayload<K>;
}

/**
 * How a rejected event is reported: logged as an error with its id, and counted in `metric` when
 * one is named (a metric may be shared by several consumers of a service).
 */
export function rejectedEvents(
  metrics: Metrics,
  metric: string | undefined,
  logger: Logger,
): (event: CloudEvent, reason: string) => void {
  const rejected =
    metric === undefined
      ? undefined
      : metrics.counter(metric, 'Events whose payload breaks its contract (logged with the event id)');
  return (event, reason) => {
    rejected?.inc();
    logger.error(`${event.type} ${event.id} rejected: ${reason}`);
  };
}
