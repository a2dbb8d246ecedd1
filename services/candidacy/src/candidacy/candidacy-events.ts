import type { CloudEvent, EventPayload, EventType } from '@certhub/contracts';
import { aggregateEvent } from '@certhub/platform';
import type { CandidateView } from './candidate.schema';

export const EVENT_SOURCE = 'certhub/candidacy';

/** Where a candidacy belongs, as every candidacy event names it. */
export const candidateRef = (c: CandidateView) => ({
  candidateId: c._id,
  reference: c.reference,
  establishmentId: c.establishmentId,
  trainingOrganisationId: c.trainingOrganisationId,
  networkId: c.networkId,
  certifierId: c.certifierId,
});

/** A typed candidacy event for an aggregate's outbox, partitioned by the aggregate. */
export function candidacyEvent<K extends EventType>(
  type: K,
  data: EventPayload<K>,
  aggregate: { id: string; tenantId: string },
  time?: Date,
): CloudEvent<EventPayload<K>> {
  return aggregateEvent(EVENT_SOURCE, type, data, aggregate, time);
}

/** An event about a candidate: its payload names the candidate (candidateRef), partitioned by the candidate. */
export function candidateEvent<K extends EventType>(
  c: CandidateView,
  type: K,
  data: Omit<EventPayload<K>, keyof ReturnType<typeof candidateRef>>,
  time?: Date,
): CloudEvent<EventPayload<K>> {
  return candidacyEvent(
    type,
    { ...candidateRef(c), ...data } as EventPayload<K>,
    { id: c._id, tenantId: c.networkId },
    time,
  );
}
