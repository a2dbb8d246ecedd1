import { Injectable } from '@nestjs/common';
import { AuditLifecycle } from '../../audits/audit-lifecycle';
import { toAuditResponse } from '../../audits/audit.mapper';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { FindingRepository } from '../finding.repository';
import { type RpcHandler } from '@certhub/platform';

/**
 * The auditor declares the audit's findings recorded ("findings recorded"): the dossier moves to
 * findings_open when a non-conformity is open, else straight to decision_pending. The audit is
 * marked after the dossier moved, so a refused transition leaves the audit open for more findings.
 */
@Injectable()
export class DeclareFindingsRecorded {
  constructor(
    private readonly audits: AuditLifecycle,
    private readonly findings: FindingRepository,
    private readonly lifecycle: DossierLifecycle,
  ) {}

  readonly execute: RpcHandler<'dossier.audits.findings-recorded'> = async (principal, request) => {
    const audit = await this.audits.loadChecked(
      principal,
      request.auditId,
      'declare_findings_recorded',
      request.version,
    );
    const open = await this.findings.countOpen(audit.cbId, { dossierId: audit.dossierId });
    await this.lifecycle.apply(
      principal,
      audit.dossierId,
      open > 0 ? 'open_findings' : 'request_decision',
      () => ({
        what:
          open > 0
            ? `findings of the audit recorded: ${open} non-conformit${open > 1 ? 'ies' : 'y'} open`
            : 'findings of the audit recorded: no open non-conformity',
        after: { auditId: audit._id, openFindings: open },
      }),
    );
    const { after } = await this.audits.apply(
      principal,
      audit,
      'declare_findings_recorded',
      (_, now) => ({ $set: { findingsRecordedAt: now }, what: `findings recorded (${open} open)` }),
      { expectedVersion: request.version },
    );
    return toAuditResponse(after);
  };
}
