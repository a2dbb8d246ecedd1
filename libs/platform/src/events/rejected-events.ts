import type { Logger } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import type { Metrics } from '../metrics/metrics';

/**
 * How a consumer skips an event whose payload breaks its contract: a redelivery cannot fix it, so
 * the event is acknowledged, but counted in `metric` and logged as an error with its id for
 * someone to look at.
 */
export function rejectedEvents(
  metrics: Metrics,
  metric: string,
  logger: Logger,
): (event: CloudEvent, reason: string) => void {
  const rejected = metrics.counter(
    metric,
    'Events whose payload breaks its contract (logged with the event id)',
  );
  return (event, reason) => {
    rejected.inc();
    logger.error(`${event.type} ${event.id} rejected: ${reason}`);
  };
}
