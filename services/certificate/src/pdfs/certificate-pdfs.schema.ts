import type { CloudEvent } from '@certhub/contracts';
import { Collection, collectionSchema, ListOf, MultiTenantRecord, Required } from '@certhub/platform';

export type RenderStatus = 'pending' | 'rendered' | 'render_failed';

/** One printed version of a certificate, as stored in the object store. */
export interface PdfVersion {
  version: number;
  /** `<cbId>/<certificateId>/v<version>.pdf` in the certificates bucket. */
  key: string;
  sha256: string;
  size: number;
  /** The issued/renewed event it was printed for: a redelivery of that event prints nothing. */
  eventId: string;
  renderedAt: Date;
}

export interface RenderState {
  status: RenderStatus;
  /** Deliveries of the last issued/renewed event that failed to print. */
  attempts: number;
  error?: string;
  failedAt?: Date;
}

/**
 * The printed PDFs of one certificate and the state of its printing. Apart from the certificate
 * record on purpose: each document has one writer (the render consumer here, the index consumer
 * there), so a print finishing never overwrites a suspension applied meanwhile. (FerretDB v1
 * rewrites a whole document on update; two writers of one document can lose each other's change.)
 *
 * `_id` is the certificateId; `tenantId` the holder organisation and its CB: the tenants that may
 * read them.
 */
@Collection('certificate_pdfs', { timestamps: true })
export class CertificatePdfs extends MultiTenantRecord {
  @Required() cbId!: string;
  @Required({ type: Object }) render!: RenderState;
  @ListOf(Object) versions!: PdfVersion[];
  outbox!: CloudEvent[];
}

export const CertificatePdfsSchema = collectionSchema(CertificatePdfs, {
  tenantScoped: true,
  indexes: [
    // Serves "is this PDF genuine?" by the hash of any printed version.
    { 'versions.sha256': 1 },
  ],
});
