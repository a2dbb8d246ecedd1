import { Prop } from '@nestjs/mongoose';
import type { TenantType } from '@certhub/contracts';
import { Collection, collectionSchema, ListOf, Required, TenantRecord } from '@certhub/platform';

export interface StoredPart {
  partNumber: number;
  size: number;
  sha256: string;
  /** The object store's ETag of the part, which completing the multipart upload names. */
  etag: string;
}

/**
 * A resumable upload in progress: an S3 multipart upload of the object key the document will
 * name, and the parts stored so far. Only its uploader reaches it (tenant AND user).
 *
 * `tenantId` is the uploader's tenant (the tenant-scope guard's key).
 */
@Collection('upload_sessions', { timestamps: true })
export class UploadSessionRecord extends TenantRecord {
  @Required({ type: String }) tenantType!: TenantType;
  @Required() userId!: string;
  @Required() contextId!: string;
  @Required() fileName!: string;
  @Required() size!: number;
  @Required() partSize!: number;

  /** The document id and object key chosen at the start: the parts are assembled under this key. */
  @Required() documentId!: string;
  @Required() key!: string;

  /** The object store's multipart upload id. */
  @Required() s3UploadId!: string;
  @ListOf(Object) parts!: StoredPart[];

  /**
   * Set while one completion runs (a second one is refused); a completion that died leaves it, and
   * it no longer counts once older than COMPLETION_LEASE_MS.
   */
  @Prop({ type: Date }) completingSince?: Date;

  /** The multipart upload was completed: the parts are one object at `key` now. */
  @Prop({ default: false }) assembled!: boolean;
  @Required() expiresAt!: Date;
  createdAt!: Date;
  updatedAt!: Date;
}

export const UploadSessionSchema = collectionSchema(UploadSessionRecord, {
  tenantScoped: true,
  indexes: [
    // Serves the uploader's lookups by id and the count of their open sessions.
    { tenantId: 1, userId: 1 },
    // Serves the expiry job's scan.
    { expiresAt: 1 },
  ],
});
