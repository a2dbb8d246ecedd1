import { Prop } from '@nestjs/mongoose';
import type { DocumentContextKind, FileKind, TenantType } from '@certhub/contracts';
import {
  Collection,
  collectionSchema,
  ListOf,
  Required,
  TenantRecord,
  type WithOutbox,
} from '@certhub/platform';

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

/**
 * A document of a context and all its versions (replacing keeps the previous ones).
 *
 * `tenantId` is the context's owner tenant. Readers of other tenants reach it through the context's
 * rules.
 */
@Collection('documents', { timestamps: true })
export class DocumentRecord extends TenantRecord implements WithOutbox {
  @Required() contextId!: string;
  @Required({ type: String }) contextKind!: DocumentContextKind;
  @Required({ type: String, default: 'active' }) status!: 'active' | 'deleted';

  /** The current version's number; also the optimistic-concurrency guard of replace and delete. */
  @Required() version!: number;

  /** The current version's hash, for the duplicate check. */
  @Required() sha256!: string;
  @Required({ type: [Object] }) versions!: StoredVersion[];

  /**
   * The current hash while live, `deleted:<id>` once deleted: unique per context, so two uploads
   * of the same file racing each other cannot both be stored (the checks before are only fast paths).
   */
  @Required() liveSha!: string;

  /**
   * The place the document takes among the context's maxCount (`0`…`maxCount-1`), `deleted:<id>`
   * once deleted: unique per context, so racing uploads cannot exceed maxCount.
   */
  @Required() slot!: string;

  /**
   * What rests on the document (`finding:<id>:item:<n>`, `audit:<id>:report`, `decision:<id>`…):
   * while any does, it cannot be deleted; a correction is a new version, the previous ones stay.
   */
  @ListOf(String, { default: undefined }) frozenBy?: string[];
  @Prop() deletedAt?: Date;
  @Prop() deletedBy?: string;

  /** Bytes and metadata are purged once this has passed. */
  @Prop() purgeAfter?: Date;
  outbox!: WithOutbox['outbox'];
  createdAt!: Date;
  updatedAt!: Date;
}

export const DocumentRecordSchema = collectionSchema(DocumentRecord, {
  tenantScoped: true,
  indexes: [
    // Serves a context's list (live documents, newest first) and its count against maxCount.
    { tenantId: 1, contextId: 1, status: 1, createdAt: -1 },
    // Serves the duplicate check, and makes it hold under concurrency (see liveSha).
    [{ contextId: 1, liveSha: 1 }, { unique: true }],
    // Serves the free-slot lookup, and makes maxCount hold under concurrency (see slot).
    [{ contextId: 1, slot: 1 }, { unique: true }],
    // Serves the purge job: deleted documents whose retention has passed.
    { status: 1, purgeAfter: 1 },
    // Serves the reconciler: does a committed version own this key?
    { 'versions.key': 1 },
  ],
});
