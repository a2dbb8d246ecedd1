import type { FindingResponse } from '@certhub/contracts';
import { toTrailStepResponse } from '@certhub/platform';
import { today } from '../lifecycle/calendar';
import type { FindingDoc, FindingItem } from './finding.schema';

const iso = (d: Date | undefined) => (d ? { v: new Date(d).toISOString() } : undefined);

function toItem(item: FindingItem): FindingResponse['items'][number] {
  const sentAt = iso(item.sentAt);
  const reviewedAt = iso(item.reviewedAt);
  return {
    id: item.id,
    kind: item.kind,
    status: item.status,
    ready: item.ready,
    text: item.text,
    documentIds: item.documentIds,
    ...(item.reviewComment ? { reviewComment: item.reviewComment } : {}),
    ...(sentAt ? { sentAt: sentAt.v } : {}),
    ...(reviewedAt ? { reviewedAt: reviewedAt.v } : {}),
    updatedAt: new Date(item.updatedAt).toISOString(),
  };
}

/** The wire shape of a finding: no tenant array, no outbox; the trail only for a single finding. */
export function toFindingResponse(f: FindingDoc, options: { withTrail?: boolean } = {}): FindingResponse {
  return {
    id: f._id,
    number: f.number,
    dossierId: f.dossierId,
    ...(f.dossierReference ? { dossierReference: f.dossierReference } : {}),
    auditId: f.auditId,
    organisationId: f.organisationId,
    cbId: f.cbId,
    schemeId: f.schemeId,
    requirementId: f.requirementId,
    severity: f.severity,
    description: f.description,
    dueDate: f.dueDate,
    late: f.late,
    overdue: f.open && f.dueDate < today(),
    status: f.status,
    open: f.open,
    ...(f.closingMeetingMeasures ? { closingMeetingMeasures: f.closingMeetingMeasures } : {}),
    ...(f.rejectionReason ? { rejectionReason: f.rejectionReason } : {}),
    items: f.items.map(toItem),
    recordedAt: new Date(f.recordedAt).toISOString(),
    recordedBy: f.recordedBy,
    ...(f.closedAt ? { closedAt: new Date(f.closedAt).toISOString() } : {}),
    version: f.version,
    ...(options.withTrail ? { trail: f.trail.map(toTrailStepResponse) } : {}),
  };
}
