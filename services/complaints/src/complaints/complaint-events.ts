import { newCloudEvent, type CloudEvent, type EventPayload, type EventType } from '@certhub/contracts';
import { RequestContext } from '@certhub/platform';
import type { ComplaintDoc } from './complaint.schema';

/** A complaint's event, in the CB's tenant, ordered per complaint. */
export function complaintEvent<K extends EventType>(
  type: K,
  data: EventPayload<K>,
  complaint: Pick<ComplaintDoc, '_id' | 'tenantId'>,
): CloudEvent<EventPayload<K>> {
  return newCloudEvent(type, data, {
    source: 'certhub/complaints',
    subject: complaint._id,
    tenantId: complaint.tenantId,
    partitionKey: complaint._id,
    correlationId: RequestContext.correlationId(),
  });
}

export const complaintRef = (c: Pick<ComplaintDoc, '_id' | 'reference' | 'tenantId'>) => ({
  complaintId: c._id,
  reference: c.reference,
  cbId: c.tenantId,
});
