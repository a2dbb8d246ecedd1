import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { auditEvent, dossierRef } from '../audit-events';
import { AuditLifecycle } from '../audit-lifecycle';
import { toAuditResponse } from '../audit.mapper';
import { AuditorDirectory } from '../../qualifications/auditor-directory';
import { BookingRepository } from '../booking.repository';
import { addDays } from '../../lifecycle/calendar';
import { DocumentContexts } from '../../evidence/document-contexts';
import { SchemeRules } from '../scheme-rules';

/**
 * Moves a planned audit (dates, auditors) before it starts. The new days are booked before the
 * old ones are freed, so the audit never loses its auditors to another plan in between.
 */
@Injectable()
export class RescheduleAudit {
  constructor(
    private readonly audits: AuditLifecycle,
    private readonly dossiers: DossierRepository,
    private readonly bookings: BookingRepository,
    private readonly auditors: AuditorDirectory,
    private readonly schemes: SchemeRules,
    private readonly contexts: DocumentContexts,
  ) {}

  readonly execute: RpcHandler<'dossier.audits.reschedule'> = async (principal, request) => {
    const audit = await this.audits.loadChecked(principal, request.auditId, 'reschedule', request.version);
    const auditorIds = [...new Set(request.auditorIds ?? audit.auditorIds)];
    const added = auditorIds.filter((id) => !audit.auditorIds.includes(id));
    if (added.length) {
      await this.auditors.requireAuditors(audit.cbId, added);
      // The dossier learns its auditors when an audit is planned (lifecycle plan_audit): a new
      // auditor must come with a new plan, or he could not read the dossier he audits.
      const dossier = await this.dossiers.findVisible(principal, audit.dossierId);
      const unknown = added.filter((id) => !dossier?.auditorIds.includes(id));
      if (unknown.length)
        throw DomainError.conflict(
          `auditors ${unknown.join(', ')} are not booked on this dossier: cancel the audit and plan a new one`,
          { auditorIds: unknown },
        );
    }
    // Every auditor, kept or added, must be qualified on the new days too.
    await this.auditors.requireQualified(audit.cbId, auditorIds, {
      schemeId: audit.schemeId,
      startDate: request.startDate,
      endDate: request.endDate,
    });
    const wanted = {
      cbId: audit.cbId,
      auditId: audit._id,
      auditorIds,
      startDate: request.startDate,
      endDate: request.endDate,
    };
    const token = await this.bookings.book(wanted);
    const cycle = await this.schemes.cycle(audit.schemeId, audit.schemeVersion);
    const after = { startDate: request.startDate, endDate: request.endDate, auditorIds };
    let updated;
    try {
      ({ after: updated } = await this.audits.apply(
        principal,
        audit,
        'reschedule',
        (_, now) => ({
          $set: {
            ...after,
            upcomingFrom: addDays(request.startDate, -cycle.horizonDays),
            findingsDeadline: addDays(request.endDate, cycle.findingsDeadlineDays),
          },
          what: `audit moved to ${request.startDate} – ${request.endDate}`,
          before: { startDate: audit.startDate, endDate: audit.endDate, auditorIds: audit.auditorIds },
          after,
          events: () => [
            auditEvent(
              'certhub.audit.rescheduled.v1',
              {
                ...dossierRef(audit),
                auditId: audit._id,
                type: audit.type,
                ...after,
                previousStartDate: audit.startDate,
                previousEndDate: audit.endDate,
                at: now.toISOString(),
                by: principal.userId,
              },
              audit,
              now,
            ),
          ],
        }),
        { expectedVersion: request.version },
      ));
    } catch (error) {
      await this.bookings.release(audit.cbId, audit._id, token);
      throw error;
    }
    await this.bookings.keepOnly(wanted);
    await this.contexts.auditReport(updated);
    return toAuditResponse(updated);
  };
}
