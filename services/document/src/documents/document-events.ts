import type { CloudEvent, EventPayload, EventType } from '@certhub/contracts';
import { aggregateEvent } from '@certhub/platform';
import type { DocumentRecord, StoredVersion } from './document.schema';

/** A typed document event with the current correlation id, ready for the document's outbox. */
export function documentEvent<K extends Extract<EventType, `certhub.document.${string}`>>(
  type: K,
  data: EventPayload<K>,
  document: Pick<DocumentRecord, '_id' | 'tenantId'>,
): CloudEvent<EventPayload<K>> {
  return aggregateEvent('certhub/document', type, data, { id: document._id, tenantId: document.tenantId });
}

export function eventData(
  document: Pick<DocumentRecord, '_id' | 'tenantId' | 'contextId' | 'contextKind'>,
  version: StoredVersion,
  userId: string,
) {
  return {
    documentId: document._id,
    contextId: document.contextId,
    contextKind: document.contextKind,
    ownerTenantId: document.tenantId,
    name: version.name,
    fileKind: version.fileKind,
    size: version.size,
    sha256: version.sha256,
    version: version.version,
    userId,
  };
}
