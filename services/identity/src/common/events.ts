import type { CloudEvent, EventPayload, EventType } from '@certhub/contracts';
import { aggregateEvent } from '@certhub/platform';

export const EVENT_SOURCE = 'certhub/identity';

/** A typed identity event carrying the current correlation id, ready for an aggregate's outbox. */
export function identityEvent<K extends EventType>(
  type: K,
  data: EventPayload<K>,
  scope: { tenantId: string; aggregateId: string },
): CloudEvent<EventPayload<K>> {
  return aggregateEvent(EVENT_SOURCE, type, data, { id: scope.aggregateId, tenantId: scope.tenantId });
}
