import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { dossierNotFound } from '../../dossiers/dossier-access';
import { DossierRepository } from '../../dossiers/dossier.repository';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle.service';
import { requireRole } from '../audit-access';
import { auditEvent, dossierRef } from '../audit-events';
import { toAuditResponse } from '../audit.mapper';
import { AuditRepository } from '../audit.repository';
import type { AuditDoc } from '../audit.schema';
import { AuditorDirectory } from '../auditor-directory';
import { BookingRepository } from '../booking.repository';
import { addDays } from '../calendar';
import { DocumentContexts } from '../document-contexts';
import { SchemeRules } from '../scheme-rules';

/**
 * Plans an audit ("intervention") of a dossier (docs/domain/organisation-certification.md#planning-an-audit).
 * Without transactions, the steps are ordered so that a failure leaves nothing behind: the audit is stored
 * `pending` (invisible), its auditors' days are booked (unique keys refuse a double booking), then the
 * dossier transition is applied with the audit_planned event in the same write; a refusal there releases the
 * days and removes the pending audit.
 */
@Injectable()
export class PlanAudit {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly lifecycle: DossierLifecycle,
    private readonly audits: AuditRepository,
    private readonly bookings: BookingRepository,
    private readonly auditors: AuditorDirectory,
    private readonly schemes: SchemeRules,
    private readonly contexts: DocumentContexts,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.audits.plan'>,
  ): Promise<RpcResponse<'dossier.audits.plan'>> {
    const dossier = await this.dossiers.findVisible(principal, request.dossierId);
    if (!dossier) throw dossierNotFound(request.dossierId);
    requireRole(principal, ['cb_admin', 'analyst'], 'plan audits');
    const auditorIds = [...new Set(request.auditorIds)];
    await this.auditors.requireAuditors(dossier.cbId, auditorIds);
    const cycle = await this.schemes.cycle(dossier.schemeId, dossier.schemeVersion);

    const now = new Date();
    const audit: Omit<AuditDoc, 'status' | 'version' | 'outbox'> = {
      _id: randomUUID(),
      tenantId: [dossier.organisationId, dossier.cbId],
      organisationId: dossier.organisationId,
      cbId: dossier.cbId,
      dossierId: dossier._id,
      schemeId: dossier.schemeId,
      schemeVersion: dossier.schemeVersion,
      type: request.type,
      startDate: request.startDate,
      endDate: request.endDate,
      auditorIds,
      upcomingFrom: addDays(request.startDate, -cycle.horizonDays),
      findingsDeadline: addDays(request.endDate, cycle.findingsDeadlineDays),
      plannedAt: now,
      plannedBy: principal.userId,
      trail: [],
    };
    await this.audits.insertPending(audit);
    try {
      await this.bookings.book({ ...request, cbId: audit.cbId, auditId: audit._id, auditorIds });
      await this.lifecycle.apply({
        dossierId: dossier._id,
        action: 'plan_audit',
        principal,
        update: { $addToSet: { auditorIds: { $each: auditorIds } } },
        events: () => [
          auditEvent(
            'certhub.dossier.audit_planned.v1',
            {
              ...dossierRef(audit),
              auditId: audit._id,
              type: audit.type,
              startDate: audit.startDate,
              endDate: audit.endDate,
              auditorIds,
              at: now.toISOString(),
              by: principal.userId,
            },
            audit,
            now,
          ),
        ],
        trail: {
          what: `audit ${audit.type} planned from ${audit.startDate} to ${audit.endDate}`,
          after: { auditId: audit._id, startDate: audit.startDate, endDate: audit.endDate, auditorIds },
        },
      });
    } catch (error) {
      await this.bookings.releaseAll(audit.cbId, audit._id);
      await this.audits.deletePending(audit.cbId, audit._id);
      throw error;
    }
    const planned = await this.audits.update({ ...audit, status: 'pending', version: 0, outbox: [] }, 0, {
      $set: { status: 'planned' },
      trail: {
        at: now,
        by: principal.userId,
        action: 'plan',
        what: 'audit planned',
        to: 'planned',
        after: request,
      },
    });
    this.contexts.auditReport(planned);
    return toAuditResponse(planned);
  }
}
