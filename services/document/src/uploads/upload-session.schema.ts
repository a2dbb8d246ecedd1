import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { TenantType } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';

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
 */
@Schema({ collection: 'upload_sessions', versionKey: false, timestamps: true })
export class UploadSessionRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  /** The uploader's tenant (the tenant-scope guard's key). */
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ type: String, required: true })
  tenantType!: TenantType;

  @Prop({ required: true })
  userId!: string;

  @Prop({ required: true })
  contextId!: string;

  @Prop({ required: true })
  fileName!: string;

  @Prop({ required: true })
  size!: number;

  @Prop({ required: true })
  partSize!: number;

  /** The document id and object key chosen at the start: the parts are assembled under this key. */
  @Prop({ required: true })
  documentId!: string;

  @Prop({ required: true })
  key!: string;

  /** The object store's multipart upload id. */
  @Prop({ required: true })
  s3UploadId!: string;

  @Prop({ type: [Object], default: [] })
  parts!: StoredPart[];

  /**
   * Set while one completion runs (a second one is refused); a completion that died leaves it, and
   * it no longer counts once older than COMPLETION_LEASE_MS.
   */
  @Prop({ type: Date })
  completingSince?: Date;

  /** The multipart upload was completed: the parts are one object at `key` now. */
  @Prop({ default: false })
  assembled!: boolean;

  @Prop({ required: true })
  expiresAt!: Date;

  createdAt!: Date;
  updatedAt!: Date;
}

export const UploadSessionSchema = SchemaFactory.createForClass(UploadSessionRecord);
// Serves the uploader's lookups by id and the count of their open sessions.
UploadSessionSchema.index({ tenantId: 1, userId: 1 });
// Serves the expiry job's scan.
UploadSessionSchema.index({ expiresAt: 1 });
UploadSessionSchema.plugin(tenantScopePlugin);
