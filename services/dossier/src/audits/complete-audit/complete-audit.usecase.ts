import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { auditEvent, dossierRef } from '../audit-events';
import { AuditLifecycle } from '../audit-lifecycle';
import { toAuditResponse } from '../audit.mapper';

/**
 * A booked auditor files the report once the audit has started
 * (docs/domain/organisation-certification.md#audit-report): the dossier moves to `audited` with the
 * audit_completed event, then the audit records the report. The report is a document id of the document
 * service (a placeholder id is accepted until it checks them).
 */
@Injectable()
export class CompleteAudit {
  constructor(
    private readonly audits: AuditLifecycle,
    private readonly lifecycle: DossierLifecycle,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.audits.complete'>,
  ): Promise<RpcResponse<'dossier.audits.complete'>> {
    // The audit is checked before the dossier moves, and written at the version read here.
    const audit = await this.audits.load(principal, request.auditId);
    await this.audits.check(audit, 'complete', principal, request.version);
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
    return toAuditResponse(after);
  }
}
