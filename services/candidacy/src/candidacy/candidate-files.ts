import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, type DocumentReference } from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';
import type { CandidateView } from './candidate.schema';

/** Kept as long as the candidacy's own records: the 5 years before an automatic abandonment and more. */
const RETENTION_DAYS = 365 * 10;

/** `candidate:<id>:files`: where a candidate's matrices, attendance certificates and proofs are uploaded. */
export const filesContextId = (candidateId: string): string => `candidate:${candidateId}:files`;

type Place = Pick<CandidateView, '_id' | 'networkId' | 'certifierId'>;
type Registered = Place & Pick<CandidateView, 'trainingOrganisationId' | 'establishmentId'>;

/**
 * The candidate's upload context in the document service, and the check of the document ids an
 * evaluation or a training records (docs/domain/individuals-certification.md#documents): PDF, Excel,
 * Word or Zip, 4 MB each, written by the candidate's establishment (and the staff of its
 * organisation and network), read by them and by the certifier's people. A recorded document is
 * frozen as evidence of its record (it cannot be deleted), so the context itself stays open for the
 * next records.
 */
@Injectable()
export class CandidateFiles {
  private readonly logger = new Logger(CandidateFiles.name);

  constructor(private readonly rpc: RpcClient) {}

  /** Idempotent; a document service that is away does not block the candidacy (logged, registered again on the next record). */
  async register(c: Registered): Promise<void> {
    await this.upsert(c, true).catch((error: unknown) =>
      this.logger.warn(`upload context of candidate ${c._id} not registered (yet): ${String(error)}`),
    );
  }

  /**
   * After a transfer: the context and every document in it pass to the candidate's new place, his
   * new network owning them (another network's users then neither read nor write them), written
   * while the new establishment is active. Throws when the document service is away, so that the
   * transfer's retry finishes the move.
   */
  follow(c: Registered, establishmentActive: boolean): Promise<void> {
    return this.upsert(c, establishmentActive).then(() => undefined);
  }

  /**
   * Read-only while the candidate's establishment is inactive (its dossiers are, candidacy-standing.ts):
   * its people still read the files but add, replace or delete none. Throws when the document
   * service is away (the caller retries).
   */
  async setWritable(c: Registered, writable: boolean): Promise<void> {
    await this.upsert(c, writable);
  }

  private upsert(c: Registered, writable: boolean) {
    // The candidate's own establishment (with its organisation's and the network's staff), never
    // another establishment of the network. His network owns his files: `moveOwner` hands them
    // over when a transfer took him to another network (a no-op otherwise).
    const network = {
      tenantType: 'network' as const,
      tenantId: c.networkId,
      perimeter: { trainingOrganisationId: c.trainingOrganisationId, establishmentId: c.establishmentId },
    };
    return this.rpc.call(
      'document.contexts.upsert',
      {
        contextId: filesContextId(c._id),
        kind: 'evaluation',
        ownerTenantId: c.networkId,
        moveOwner: true,
        readers: [
          network,
          {
            tenantType: 'cb',
            tenantId: c.certifierId,
            userIds: [],
            roles: ['cb_admin', 'certifier_staff', 'jury_member'],
          },
        ],
        writers: writable ? [network] : [],
        closed: false,
        readableByAnyUser: false,
        rules: {
          accept: ['pdf', 'xlsx', 'xls', 'docx', 'doc', 'zip'],
          maxBytes: 4 * 1024 ** 2,
          maxCount: 500,
        },
        retentionDays: RETENTION_DAYS,
      },
      { principal: SYSTEM_PRINCIPAL, timeoutMs: 3_000 },
    );
  }

  /**
   * Each document must have been uploaded to the candidate's context, be clean and not deleted
   * (422 naming the field otherwise); with `freezeAs`, they become evidence of that record.
   */
  async require(
    c: Place,
    documents: { field: string; documentId: string }[],
    freezeAs?: string,
  ): Promise<void> {
    if (!documents.length) return;
    const references: DocumentReference[] = documents.map((d) => ({
      ...d,
      contextId: filesContextId(c._id),
      ownerTenantId: c.networkId,
    }));
    const { errors } = await this.rpc.call(
      'document.documents.check',
      { references, ...(freezeAs ? { freezeAs } : {}) },
      { principal: SYSTEM_PRINCIPAL, timeoutMs: 5_000 },
    );
    if (errors.length) throw DomainError.invalid(errors, 'some documents cannot be recorded');
  }
}

/** The document fields of a record, named as the request names them. */
export function documentFields(record: {
  matrixDocumentId?: string;
  attendanceCertificateDocumentId?: string;
  proofDocumentIds: string[];
}): { field: string; documentId: string }[] {
  return [
    ...(record.matrixDocumentId ? [{ field: 'matrixDocumentId', documentId: record.matrixDocumentId }] : []),
    ...(record.attendanceCertificateDocumentId
      ? [{ field: 'attendanceCertificateDocumentId', documentId: record.attendanceCertificateDocumentId }]
      : []),
    ...record.proofDocumentIds.map((documentId, i) => ({ field: `proofDocumentIds.${i}`, documentId })),
  ];
}
