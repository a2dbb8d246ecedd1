import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditLifecycle } from '../../audits/audit-lifecycle';
import { DocumentContexts } from '../../evidence/document-contexts';
import { today } from '../../lifecycle/calendar';
import { SchemeRules } from '../../audits/scheme-rules';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { FindingNumbers } from '../../lifecycle/finding-numbers';
import { findingEvent, findingRef } from '../finding-events';
import { toFindingResponse } from '../finding.mapper';
import { FindingLifecycle } from '../finding-lifecycle';
import { type RpcHandler } from '@certhub/platform';

/**
 * A booked auditor records a non-conformity after the audit
 * (docs/domain/organisation-certification.md#recording-findings): against a requirement of the dossier's
 * scheme version, with its severity and due date. Recorded after the scheme's deadline (audit end + 14 days,
 * #findings-deadline) it is accepted but flagged late.
 */
@Injectable()
export class RecordFinding {
  constructor(
    private readonly audits: AuditLifecycle,
    private readonly dossiers: DossierRepository,
    private readonly findings: FindingLifecycle,
    private readonly numbers: FindingNumbers,
    private readonly schemes: SchemeRules,
    private readonly contexts: DocumentContexts,
  ) {}

  readonly execute: RpcHandler<'dossier.findings.record'> = async (principal, request) => {
    const audit = await this.audits.loadChecked(principal, request.auditId, 'record_finding');
    await this.schemes.requireRequirement(audit.schemeId, audit.schemeVersion, request.requirementId);
    const dossier = await this.dossiers.findVisible(principal, audit.dossierId);
    const number = await this.numbers.next(audit);
    const now = new Date();
    const finding = {
      _id: randomUUID(),
      tenantId: [audit.organisationId, audit.cbId],
      organisationId: audit.organisationId,
      cbId: audit.cbId,
      dossierId: audit.dossierId,
      ...((dossier?.reference ?? audit.dossierReference)
        ? { dossierReference: dossier?.reference ?? audit.dossierReference }
        : {}),
      auditId: audit._id,
      schemeId: audit.schemeId,
      schemeVersion: audit.schemeVersion,
      auditorIds: audit.auditorIds,
      ...(dossier?.analystId ? { analystId: dossier.analystId } : {}),
      number,
      requirementId: request.requirementId,
      severity: request.severity,
      description: request.description,
      dueDate: request.dueDate,
      late: today(now) > audit.findingsDeadline,
      status: 'recorded' as const,
      open: true,
      ...(request.closingMeetingMeasures ? { closingMeetingMeasures: request.closingMeetingMeasures } : {}),
      items: [],
      recordedAt: now,
      recordedBy: principal.userId,
    };
    const recorded = await this.findings.create(principal, finding, {
      action: 'record',
      at: now,
      what: `non-conformity ${finding.number} recorded`,
      events: [
        findingEvent(
          'certhub.finding.recorded.v1',
          {
            ...findingRef(finding),
            auditId: audit._id,
            requirementId: finding.requirementId,
            severity: finding.severity,
            dueDate: finding.dueDate,
            late: finding.late,
            at: now.toISOString(),
            by: principal.userId,
          },
          finding,
          now,
        ),
      ],
    });
    // Open at once: the auditor attaches his evidence right after recording the finding.
    await this.contexts.findingEvidence(recorded);
    return toFindingResponse(recorded, { withTrail: true });
  };
}
