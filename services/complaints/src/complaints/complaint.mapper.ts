import type { ComplaintUploadGrant, RpcResponse } from '@certhub/contracts';
import { complainantFilesContextId, evidenceContextId } from './complaint-evidence';
import type { ComplaintDoc } from './complaint.schema';

export const today = (now = new Date()): string => now.toISOString().slice(0, 10);

/** Past the deadline of its current step: taking in charge while received, answering while investigated. */
export function isOverdue(
  c: Pick<ComplaintDoc, 'status' | 'acknowledgeBy' | 'answerBy'>,
  day = today(),
): boolean {
  if (c.status === 'received') return c.acknowledgeBy < day;
  if (c.status === 'investigating') return c.answerBy < day;
  return false;
}

export function toComplaintResponse(c: ComplaintDoc, withTrail = false): RpcResponse<'complaints.get'> {
  const optional = <K extends keyof ComplaintDoc>(key: K) => (c[key] === undefined ? {} : { [key]: c[key] });
  return {
    id: c._id,
    reference: c.reference,
    cbId: c.tenantId,
    about: c.about,
    ...optional('certificateNumber'),
    ...optional('organisationName'),
    subject: c.subject,
    facts: c.facts,
    complainant: c.complainant,
    ...optional('lodgedBy'),
    status: c.status,
    version: c.version,
    receivedAt: c.receivedAt.toISOString(),
    acknowledgeBy: c.acknowledgeBy,
    answerBy: c.answerBy,
    overdue: isOverdue(c),
    ...optional('schemeId'),
    ...optional('dossierId'),
    ...optional('organisationId'),
    ...(c.actions?.length
      ? {
          actions: c.actions.map((a) => ({
            kind: a.kind,
            dossierId: a.dossierId,
            at: a.at.toISOString(),
            by: a.by,
            ...(a.auditId ? { auditId: a.auditId } : {}),
          })),
        }
      : {}),
    ...optional('handlerId'),
    evidenceContextId: evidenceContextId(c._id),
    complainantFilesContextId: complainantFilesContextId(c._id),
    ...(c.acknowledgedAt ? { acknowledgedAt: c.acknowledgedAt.toISOString() } : {}),
    ...optional('dismissalReason'),
    ...optional('outcome'),
    ...optional('answer'),
    ...(c.closedAt ? { closedAt: c.closedAt.toISOString() } : {}),
    ...(withTrail ? { trail: c.trail.map((t) => ({ ...t, at: t.at.toISOString() })) } : {}),
  };
}

/** What the person who lodged the complaint sees through the private link: their case, not its handling. */
export function toComplaintFollowResponse(
  c: ComplaintDoc,
  files: RpcResponse<'complaints.follow'>['files'],
  upload: ComplaintUploadGrant | undefined,
): RpcResponse<'complaints.follow'> {
  return {
    reference: c.reference,
    subject: c.subject,
    status: c.status,
    receivedAt: c.receivedAt.toISOString(),
    acknowledgeBy: c.acknowledgeBy,
    answerBy: c.answerBy,
    ...(c.acknowledgedAt ? { acknowledgedAt: c.acknowledgedAt.toISOString() } : {}),
    ...(c.dismissalReason ? { dismissalReason: c.dismissalReason } : {}),
    ...(c.outcome ? { outcome: c.outcome } : {}),
    ...(c.answer ? { answer: c.answer } : {}),
    ...(c.closedAt ? { closedAt: c.closedAt.toISOString() } : {}),
    files,
    ...(upload ? { upload } : {}),
  };
}
