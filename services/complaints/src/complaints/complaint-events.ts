import type { CloudEvent, EventPayload, EventType } from '@certhub/contracts';
import { aggregateEvent } from '@certhub/platform';
import type { ComplaintDoc } from './complaint.schema';

/** A complaint's event, in the CB's tenant, ordered per complaint. */
export function complaintEvent<K extends EventType>(
  type: K,
  data: EventPayload<K>,
  complaint: Pick<ComplaintDoc, '_id' | 'tenantId'>,
): CloudEvent<EventPayload<K>> {
  return aggregateEvent('certhub/complaints', type, data, {
    id: complaint._id,
    tenantId: complaint.tenantId,
  });
}

/** What every event of a complaint says of it: its scheme too once known, for partners scoped to one. */
export const complaintRef = (c: Pick<ComplaintDoc, '_id' | 'reference' | 'tenantId' | 'schemeId'>) => ({
  complaintId: c._id,
  reference: c.reference,
  cbId: c.tenantId,
  ...(c.schemeId ? { schemeId: c.schemeId } : {}),
});
