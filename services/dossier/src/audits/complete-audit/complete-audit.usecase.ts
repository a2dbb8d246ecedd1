import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle.service';
import { readScope } from '../audit-access';
import { auditEvent, dossierRef } from '../audit-events';
import { toAuditResponse } from '../audit.mapper';
import { AuditRepository } from '../audit.repository';
import { checkAuditAction } from '../audit.table';
import { today } from '../calendar';

/**
 * A booked auditor files the report once the audit has started
 * (docs/domain/organisation-certification.md#audit-report): the dossier moves to `audited` with the
 * audit_completed event, then the audit records the report. The report is a document id of the document
 * service (a placeholder id is accepted until it checks them).
 */
@Injectable()
export class CompleteAudit {
  constructor(
    private readonly audits: AuditRepository,
    private readonly lifecycle: DossierLifecycle,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.audits.complete'>,
  ): Promise<RpcResponse<'dossier.audits.complete'>> {
    const audit = await this.audits.findVisible(readScope(principal), request.auditId);
    if (!audit) throw DomainError.notFound(`audit ${request.auditId}`);
    checkAuditAction(audit, 'complete', principal, today(), request.version);
    const now = new Date();
    await this.lifecycle.apply({
      dossierId: audit.dossierId,
      action: 'complete_audit',
      principal,
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
      trail: {
        what: `audit ${audit.type} completed, report ${request.reportDocumentId}`,
        after: { auditId: audit._id },
      },
    });
    const updated = await this.audits.update(audit, request.version, {
      $set: {
        status: 'completed',
        reportDocumentId: request.reportDocumentId,
        completedAt: now,
        completedBy: principal.userId,
      },
      trail: {
        at: now,
        by: principal.userId,
        action: 'complete',
        what: 'audit completed, report filed',
        from: audit.status,
        to: 'completed',
        after: { reportDocumentId: request.reportDocumentId },
      },
    });
    return toAuditResponse(updated);
  }
}
