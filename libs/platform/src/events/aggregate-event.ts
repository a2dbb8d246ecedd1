import { newCloudEvent, type CloudEvent, type EventPayload, type EventType } from '@certhub/contracts';
import { RequestContext } from '../context/request-context';

/**
 * A typed event of one aggregate, ready for its outbox: emitted by `source` (`certhub/<service>`),
 * about the aggregate (its subject and partition key, so that one aggregate's events stay in
 * order), in the tenant that scopes it for partners and analytics, carrying the current request's
 * correlation id.
 */
export function aggregateEvent<K extends EventType>(
  source: string,
  type: K,
  data: EventPayload<K>,
  aggregate: { id: string; tenantId: string },
  time?: Date,
): CloudEvent<EventPayload<K>> {
  return newCloudEvent(type, data, {
    source,
    subject: aggregate.id,
    tenantId: aggregate.tenantId,
    partitionKey: aggregate.id,
    correlationId: RequestContext.correlationId(),
    ...(time ? { time } : {}),
  });
}
