import { Collection, collectionSchema, Id, Required } from '@certhub/platform';

/**
 * Written BEFORE the bytes go to the object store and removed once the document row names them:
 * a process dying in between leaves this row behind, so the reconciler can find the bytes and
 * remove them. Platform bookkeeping, not tenant data: no tenant scope, no API reads it.
 */
@Collection('pending_uploads')
export class PendingUpload {
  /** The object key the bytes are written under. */
  @Id() _id!: string;
  @Required() documentId!: string;
  @Required() contextId!: string;
  @Required() startedAt!: Date;
}

export const PendingUploadSchema = collectionSchema(PendingUpload, {
  tenantScoped: false,
  indexes: [
    // Serves the reconciler's scan for uploads abandoned long enough.
    { startedAt: 1 },
  ],
});
