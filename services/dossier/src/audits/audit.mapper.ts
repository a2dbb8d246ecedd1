import type { AuditResponse, AuditStatus } from '@certhub/contracts';
import type { AuditDoc } from './audit.schema';

/** The wire shape of an audit: no tenant array, trail or outbox. */
export function toAuditResponse(audit: AuditDoc): AuditResponse {
  return {
    id: audit._id,
    dossierId: audit.dossierId,
    organisationId: audit.organisationId,
    cbId: audit.cbId,
    schemeId: audit.schemeId,
    type: audit.type,
    // Pending audits are never read out (repositories filter them); a plan answers once planned.
    status: (audit.status === 'pending' ? 'planned' : audit.status) as AuditStatus,
    startDate: audit.startDate,
    endDate: audit.endDate,
    auditorIds: audit.auditorIds,
    upcomingFrom: audit.upcomingFrom,
    findingsDeadline: audit.findingsDeadline,
    ...(audit.reportDocumentId ? { reportDocumentId: audit.reportDocumentId } : {}),
    ...(audit.cancelReason ? { cancelReason: audit.cancelReason } : {}),
    plannedAt: audit.plannedAt.toISOString(),
    plannedBy: audit.plannedBy,
    ...(audit.completedAt ? { completedAt: audit.completedAt.toISOString() } : {}),
    ...(audit.findingsRecordedAt ? { findingsRecordedAt: audit.findingsRecordedAt.toISOString() } : {}),
    version: audit.version,
  };
}
