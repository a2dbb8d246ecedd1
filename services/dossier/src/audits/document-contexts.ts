import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, type UpsertDocumentContextRequest } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';

const RETENTION_DAYS = 365 * 3;

/**
 * Upload contexts of the document service for audit reports and finding proofs. Best effort: the
 * documents' ids are recorded by the dossier service whatever happens, and a context can be
 * registered again at any time (the call is idempotent), so a document service that is away does
 * not block an audit or a finding.
 */
@Injectable()
export class DocumentContexts {
  private readonly logger = new Logger(DocumentContexts.name);

  constructor(private readonly rpc: RpcClient) {}

  auditReport(audit: { _id: string; organisationId: string; cbId: string; auditorIds: string[] }): void {
    this.upsert({
      contextId: `audit:${audit._id}:report`,
      kind: 'audit_report',
      ownerTenantId: audit.cbId,
      readers: [
        { tenantType: 'cb', tenantId: audit.cbId },
        { tenantType: 'organisation', tenantId: audit.organisationId },
      ],
      writers: [{ tenantType: 'cb', tenantId: audit.cbId, userIds: audit.auditorIds }],
      rules: { accept: ['pdf', 'docx', 'doc', 'odt', 'zip'], maxBytes: 20 * 1024 ** 2, maxCount: 10 },
      retentionDays: RETENTION_DAYS,
    });
  }

  findingProofs(finding: { _id: string; organisationId: string; cbId: string }): void {
    this.upsert({
      contextId: `finding:${finding._id}:proofs`,
      kind: 'finding_proof',
      ownerTenantId: finding.organisationId,
      readers: [
        { tenantType: 'organisation', tenantId: finding.organisationId },
        { tenantType: 'cb', tenantId: finding.cbId },
      ],
      writers: [{ tenantType: 'organisation', tenantId: finding.organisationId }],
      // 8 files of 8 MB (docs/domain/schemes.md#document-rules).
      rules: {
        accept: ['pdf', 'xlsx', 'xls', 'docx', 'doc', 'zip', 'png', 'jpeg', 'odt', 'ods'],
        maxBytes: 8 * 1024 ** 2,
        maxCount: 8 * 8,
      },
      retentionDays: RETENTION_DAYS,
    });
  }

  private upsert(request: UpsertDocumentContextRequest): void {
    this.rpc
      .call('document.contexts.upsert', request, { principal: SYSTEM_PRINCIPAL, timeoutMs: 3_000 })
      .catch((error: unknown) =>
        this.logger.warn(`upload context ${request.contextId} not registered (yet): ${String(error)}`),
      );
  }
}
