import { z } from 'zod';

const DocumentEventDataSchema = z.object({
  documentId: z.string(),
  contextId: z.string(),
  contextKind: z.string(),
  ownerTenantId: z.string(),
  name: z.string(),
  fileKind: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
  version: z.number().int().min(1),
  /** The user who uploaded (uploaded) or deleted (deleted) it. */
  userId: z.string(),
});

export const DocumentEvents = {
  'certhub.document.uploaded.v1': {
    subject: 'evt.document.document.uploaded',
    summary: 'A document (or a new version of one) was stored in an upload context',
    schema: DocumentEventDataSchema,
  },
  'certhub.document.deleted.v1': {
    subject: 'evt.document.document.deleted',
    summary: 'A document was soft-deleted; its bytes are purged after the retention period',
    schema: DocumentEventDataSchema.extend({ purgeAfter: z.string().datetime() }),
  },
} as const;
