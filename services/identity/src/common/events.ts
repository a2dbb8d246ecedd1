import { newCloudEvent, type CloudEvent, type EventPayload, type EventType } from '@certhub/contracts';
import { RequestContext } from '@certhub/platform';

export const EVENT_SOURCE = 'certhub/identity';

/** A typed identity event carrying the current correlation id, ready for an aggregate's outbox. */
export function identityEvent<K extends EventType>(
  type: K,
  data: EventPayload<K>,
  scope: { tenantId: string; aggregateId: string },
): CloudEvent<EventPayload<K>> {
  return newCloudEvent(type, data, {
    source: EVENT_SOURCE,
    subject: scope.aggregateId,
    tenantId: scope.tenantId,
    partitionKey: scope.aggregateId,
    correlationId: RequestContext.correlationId(),
  });
}
