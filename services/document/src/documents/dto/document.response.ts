import type { DocumentResponse, DocumentVersion } from '@certhub/contracts';
import type { DocumentRecord, StoredVersion } from '../document.schema';

export function toVersionResponse(v: StoredVersion): DocumentVersion {
  return {
    version: v.version,
    name: v.name,
    fileKind: v.fileKind,
    contentType: v.contentType,
    size: v.size,
    sha256: v.sha256,
    uploadedBy: {
      userId: v.uploadedBy.userId,
      tenantType: v.uploadedBy.tenantType,
      tenantId: v.uploadedBy.tenantId,
    },
    uploadedAt: new Date(v.uploadedAt).toISOString(),
  };
}

/** The current version flattened with the document's identity; object keys never leave the service. */
export function toDocumentResponse(record: DocumentRecord): DocumentResponse {
  const current = currentVersion(record);
  return {
    ...toVersionResponse(current),
    documentId: record._id,
    contextId: record.contextId,
    contextKind: record.contextKind,
    ownerTenantId: record.tenantId,
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
    ...(record.frozenBy?.length ? { frozenBy: record.frozenBy } : {}),
    ...(record.deletedAt ? { deletedAt: new Date(record.deletedAt).toISOString() } : {}),
    ...(record.purgeAfter ? { purgeAfter: new Date(record.purgeAfter).toISOString() } : {}),
  };
}

export function currentVersion(record: DocumentRecord): StoredVersion {
  const current = record.versions.find((v) => v.version === record.version);
  if (!current) throw new Error(`document ${record._id} has no version ${record.version}`);
  return current;
}
