import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { readScope } from '../../audits/audit-access';
import { toAuditResponse } from '../../audits/audit.mapper';
import { AuditRepository } from '../../audits/audit.repository';
import { checkAuditAction } from '../../audits/audit.table';
import { today } from '../../audits/calendar';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle.service';
import { FindingRepository } from '../finding.repository';

/**
 * The auditor declares the audit's findings recorded ("findings recorded"): the dossier moves to
 * findings_open when a non-conformity is open, else straight to decision_pending. The audit is
 * marked after the dossier moved, so a refused transition leaves the audit open for more findings.
 */
@Injectable()
export class DeclareFindingsRecorded {
  constructor(
    private readonly audits: AuditRepository,
    private readonly findings: FindingRepository,
    private readonly lifecycle: DossierLifecycle,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.audits.findings-recorded'>,
  ): Promise<RpcResponse<'dossier.audits.findings-recorded'>> {
    const audit = await this.audits.findVisible(readScope(principal), request.auditId);
    if (!audit) throw DomainError.notFound(`audit ${request.auditId}`);
    checkAuditAction(audit, 'declare_findings_recorded', principal, today(), request.version);
    const open = await this.findings.countOpen(audit.cbId, { dossierId: audit.dossierId });
    await this.lifecycle.apply({
      dossierId: audit.dossierId,
      action: open > 0 ? 'open_findings' : 'request_decision',
      principal,
      trail: {
        what:
          open > 0
            ? `findings of the audit recorded: ${open} non-conformit${open > 1 ? 'ies' : 'y'} open`
            : 'findings of the audit recorded: no open non-conformity',
        after: { auditId: audit._id, openFindings: open },
      },
    });
    const now = new Date();
    const updated = await this.audits.update(audit, request.version, {
      $set: { status: 'findings_recorded', findingsRecordedAt: now },
      trail: {
        at: now,
        by: principal.userId,
        action: 'declare_findings_recorded',
        what: `findings recorded (${open} open)`,
        from: audit.status,
        to: 'findings_recorded',
      },
    });
    return toAuditResponse(updated);
  }
}
