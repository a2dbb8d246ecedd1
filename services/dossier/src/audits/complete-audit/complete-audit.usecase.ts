import { Injectable } from '@nestjs/common';
import { DocumentContexts, auditReportContextId } from '../../evidence/document-contexts';
import { DocumentReferences } from '../../evidence/document-references';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { auditEvent, dossierRef } from '../audit-events';
import { AuditLifecycle } from '../audit-lifecycle';
import { toAuditResponse } from '../audit.mapper';
import { type RpcHandler } from '@certhub/platform';

/**
 * A booked auditor files the report once the audit has started
 * (docs/domain/organisation-certification.md#audit-report): the dossier moves to `audited` with the
 * audit_completed event, then the audit records the report: a document of the audit's report context,
 * checked and frozen by the document service.
 */
@Injectable()
export class CompleteAudit {
  constructor(
    private readonly audits: AuditLifecycle,
    private readonly lifecycle: DossierLifecycle,
    private readonly documents: DocumentReferences,
    private readonly contexts: DocumentContexts,
  ) {}

  readonly execute: RpcHandler<'dossier.audits.complete'> = async (principal, request) => {
    // The audit is checked before the dossier moves, and written at the version read here.
    const audit = await this.audits.loadChecked(principal, request.auditId, 'complete', request.version);
    // The report filed is evidence of the audit: uploaded to its context, then frozen.
    await this.documents.requireOne(
      'reportDocumentId',
      request.reportDocumentId,
      { contextId: auditReportContextId(audit._id), ownerTenantId: audit.cbId },
      auditReportContextId(audit._id),
    );
    await this.lifecycle.apply(principal, audit.dossierId, 'complete_audit', (_, now) => ({
      what: `audit ${audit.type} completed, report ${request.reportDocumentId}`,
      after: { auditId: audit._id },
      events: () => [
        auditEvent(
          'certhub.dossier.audit_completed.v1',
          {
            ...dossierRef(audit),
            auditId: audit._id,
            type: audit.type,
            reportDocumentId: request.reportDocumentId,
            at: now.toISOString(),
            by: principal.userId,
          },
          audit,
          now,
        ),
      ],
    }));
    const { after } = await this.audits.apply(
      principal,
      audit,
      'complete',
      (_, now) => ({
        $set: { reportDocumentId: request.reportDocumentId, completedAt: now, completedBy: principal.userId },
        what: 'audit completed, report filed',
        after: { reportDocumentId: request.reportDocumentId },
      }),
      { expectedVersion: request.version },
    );
    // Filed: the applicant reads the report from now on, not before.
    await this.contexts.auditReport(after);
    return toAuditResponse(after);
  };
}
