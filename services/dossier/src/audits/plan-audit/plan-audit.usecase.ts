import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { addDays } from '../../lifecycle/calendar';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { auditEvent, dossierRef } from '../audit-events';
import { AuditLifecycle } from '../audit-lifecycle';
import { toAuditResponse } from '../audit.mapper';
import { AuditRepository } from '../audit.repository';
import { AuditorDirectory } from '../../qualifications/auditor-directory';
import { BookingRepository } from '../booking.repository';
import { DocumentContexts } from '../../evidence/document-contexts';
import { SchemeRules } from '../scheme-rules';
import { type RpcHandler } from '@certhub/platform';

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
    private readonly lifecycle: DossierLifecycle,
    private readonly audits: AuditLifecycle,
    private readonly repository: AuditRepository,
    private readonly bookings: BookingRepository,
    private readonly auditors: AuditorDirectory,
    private readonly schemes: SchemeRules,
    private readonly contexts: DocumentContexts,
  ) {}

  readonly execute: RpcHandler<'dossier.audits.plan'> = async (principal, request) => {
    // Checked before anything is stored or booked: the dossier's table, the role, the auditors.
    const dossier = await this.lifecycle.load(principal, request.dossierId);
    this.lifecycle.authorize(dossier, 'plan_audit', principal);
    const auditorIds = [...new Set(request.auditorIds)];
    await this.auditors.requireAuditors(dossier.cbId, auditorIds, {
      schemeId: dossier.schemeId,
      startDate: request.startDate,
      endDate: request.endDate,
    });
    const cycle = await this.schemes.cycle(dossier.schemeId, dossier.schemeVersion);

    const now = new Date();
    const pending = await this.audits.create(
      principal,
      {
        _id: randomUUID(),
        tenantId: [dossier.organisationId, dossier.cbId],
        organisationId: dossier.organisationId,
        cbId: dossier.cbId,
        dossierId: dossier._id,
        dossierReference: dossier.reference,
        schemeId: dossier.schemeId,
        schemeVersion: dossier.schemeVersion,
        type: request.type,
        status: 'pending',
        startDate: request.startDate,
        endDate: request.endDate,
        auditorIds,
        upcomingFrom: addDays(request.startDate, -cycle.horizonDays),
        findingsDeadline: addDays(request.endDate, cycle.findingsDeadlineDays),
        plannedAt: now,
        plannedBy: principal.userId,
      },
      { at: now, what: 'audit being planned: booking its auditors' },
    );
    try {
      await this.bookings.book({ ...request, cbId: pending.cbId, auditId: pending._id, auditorIds });
      await this.lifecycle.apply(principal, dossier, 'plan_audit', () => ({
        $addToSet: { auditorIds: { $each: auditorIds } },
        what: `audit ${pending.type} planned from ${pending.startDate} to ${pending.endDate}`,
        after: { auditId: pending._id, startDate: pending.startDate, endDate: pending.endDate, auditorIds },
        events: () => [
          auditEvent(
            'certhub.dossier.audit_planned.v1',
            {
              ...dossierRef(pending),
              auditId: pending._id,
              type: pending.type,
              startDate: pending.startDate,
              endDate: pending.endDate,
              auditorIds,
              at: now.toISOString(),
              by: principal.userId,
            },
            pending,
            now,
          ),
        ],
      }));
    } catch (error) {
      await this.bookings.releaseAll(pending.cbId, pending._id);
      await this.repository.deletePending(pending.cbId, pending._id);
      throw error;
    }
    const { after: planned } = await this.audits.apply(
      principal,
      pending,
      'plan',
      () => ({ what: 'audit planned', after: request }),
      { expectedVersion: 0 },
    );
    // The booked auditors read the report's context and the dossier's documents from now on.
    await this.contexts.auditReport(planned);
    await this.contexts.dossier({ ...dossier, auditorIds: [...dossier.auditorIds, ...auditorIds] });
    return toAuditResponse(planned);
  };
}
