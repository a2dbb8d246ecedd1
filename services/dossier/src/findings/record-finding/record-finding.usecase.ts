import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { readScope } from '../../audits/audit-access';
import { AuditRepository } from '../../audits/audit.repository';
import { checkAuditAction } from '../../audits/audit.table';
import { today } from '../../audits/calendar';
import { SchemeRules } from '../../audits/scheme-rules';
import { DossierRepository } from '../../dossiers/dossier.repository';
import { SequenceRepository } from '../../dossiers/sequence.repository';
import { findingEvent, findingRef } from '../finding-events';
import { toFindingResponse } from '../finding.mapper';
import { FindingRepository } from '../finding.repository';
import type { FindingDoc } from '../finding.schema';

/**
 * A booked auditor records a non-conformity after the audit
 * (docs/domain/organisation-certification.md#recording-findings): against a requirement of the dossier's
 * scheme version, with its severity and due date. Recorded after the scheme's deadline (audit end + 14 days,
 * #findings-deadline) it is accepted but flagged late.
 */
@Injectable()
export class RecordFinding {
  constructor(
    private readonly audits: AuditRepository,
    private readonly dossiers: DossierRepository,
    private readonly findings: FindingRepository,
    private readonly sequences: SequenceRepository,
    private readonly schemes: SchemeRules,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.findings.record'>,
  ): Promise<RpcResponse<'dossier.findings.record'>> {
    const audit = await this.audits.findVisible(readScope(principal), request.auditId);
    if (!audit) throw DomainError.notFound(`audit ${request.auditId}`);
    const day = today();
    checkAuditAction(audit, 'record_finding', principal, day);
    await this.schemes.requireRequirement(audit.schemeId, audit.schemeVersion, request.requirementId);
    const dossier = await this.dossiers.findVisible(principal, audit.dossierId);
    // Numbered per dossier, like the questionnaire's écarts (NC0001…), from the dossier's CB counters.
    const seq = await this.sequences.next(audit.cbId, `audit-findings:${audit.dossierId}`);
    const now = new Date();
    const finding: FindingDoc = {
      _id: randomUUID(),
      tenantId: [audit.organisationId, audit.cbId],
      organisationId: audit.organisationId,
      cbId: audit.cbId,
      dossierId: audit.dossierId,
      auditId: audit._id,
      schemeId: audit.schemeId,
      schemeVersion: audit.schemeVersion,
      auditorIds: audit.auditorIds,
      ...(dossier?.analystId ? { analystId: dossier.analystId } : {}),
      number: `NC${String(seq).padStart(4, '0')}`,
      requirementId: request.requirementId,
      severity: request.severity,
      description: request.description,
      dueDate: request.dueDate,
      late: day > audit.findingsDeadline,
      status: 'recorded',
      open: true,
      ...(request.closingMeetingMeasures ? { closingMeetingMeasures: request.closingMeetingMeasures } : {}),
      items: [],
      recordedAt: now,
      recordedBy: principal.userId,
      version: 0,
      trail: [],
      outbox: [],
    };
    finding.trail = [
      {
        at: now,
        by: principal.userId,
        action: 'record',
        to: 'recorded',
        what: `non-conformity ${finding.number} recorded`,
      },
    ];
    finding.outbox = [
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
    ];
    await this.findings.insert(finding);
    return toFindingResponse(finding, { withTrail: true });
  }
}
