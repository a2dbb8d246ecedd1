import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { DocumentContextKind, FileKind, TenantType } from '@certhub/contracts';
import { tenantScopePlugin, type WithOutbox } from '@certhub/platform';

export interface StoredVersion {
  version: number;
  /** Object key in the documents bucket; one per version, never overwritten. */
  key: string;
  name: string;
  fileKind: FileKind;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: { userId: string; tenantType: TenantType; tenantId: string };
  uploadedAt: Date;
  /**
   * The malware scan's verdict: infected files are never stored, so `clean` or `not_scanned` (the
   * service ran with MALWARE_SCAN=off); absent on versions stored before verdicts were recorded.
   */
  scan?: 'clean' | 'not_scanned';
}

/** A document of a context and all its versions (replacing keeps the previous ones). */
@Schema({ collection: 'documents', versionKey: false, timestamps: true })
export class DocumentRecord implements WithOutbox {
  @Prop({ type: String, required: true })
  _id!: string;

  /** The context's owner tenant. Readers of other tenants reach it through the context's rules. */
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  contextId!: string;

  @Prop({ type: String, required: true })
  contextKind!: DocumentContextKind;

  @Prop({ type: String, required: true, default: 'active' })
  status!: 'active' | 'deleted';

  /** The current version's number; also the optimistic-concurrency guard of replace and delete. */
  @Prop({ required: true })
  version!: number;

  /** The current version's hash, for the duplicate check. */
  @Prop({ required: true })
  sha256!: string;

  @Prop({ type: [Object], required: true })
  versions!: StoredVersion[];

  /**
   * The current hash while live, `deleted:<id>` once deleted: unique per context, so two uploads
   * of the same file racing each other cannot both be stored (the checks before are only fast paths).
   */
  @Prop({ required: true })
  liveSha!: string;

  /**
   * The place the document takes among the context's maxCount (`0`…`maxCount-1`), `deleted:<id>`
   * once deleted: unique per context, so racing uploads cannot exceed maxCount.
   */
  @Prop({ required: true })
  slot!: string;

  /**
   * What rests on the document (`finding:<id>:item:<n>`, `audit:<id>:report`, `decision:<id>`…):
   * while any does, it cannot be deleted; a correction is a new version, the previous ones stay.
   */
  @Prop({ type: [String], default: undefined })
  frozenBy?: string[];

  @Prop()
  deletedAt?: Date;

  @Prop()
  deletedBy?: string;

  /** Bytes and metadata are purged once this has passed. */
  @Prop()
  purgeAfter?: Date;

  outbox!: WithOutbox['outbox'];
  createdAt!: Date;
  updatedAt!: Date;
}

export const DocumentRecordSchema = SchemaFactory.createForClass(DocumentRecord);
// Serves a context's list (live documents, newest first) and its count against maxCount.
DocumentRecordSchema.index({ tenantId: 1, contextId: 1, status: 1, createdAt: -1 });
// Serves the duplicate check, and makes it hold under concurrency (see liveSha).
DocumentRecordSchema.index({ contextId: 1, liveSha: 1 }, { unique: true });
// Serves the free-slot lookup, and makes maxCount hold under concurrency (see slot).
DocumentRecordSchema.index({ contextId: 1, slot: 1 }, { unique: true });
// Serves the purge job: deleted documents whose retention has passed.
DocumentRecordSchema.index({ status: 1, purgeAfter: 1 });
// Serves the reconciler: does a committed version own this key?
DocumentRecordSchema.index({ 'versions.key': 1 });
DocumentRecordSchema.plugin(tenantScopePlugin);
