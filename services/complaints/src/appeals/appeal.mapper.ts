import type { CloudEvent, EventPayload, EventType, RpcResponse } from '@certhub/contracts';
import { aggregateEvent } from '@certhub/platform';
import { today } from '../complaints/complaint.mapper';
import type { AppealDoc } from './appeal.schema';

/** Past its answer deadline while not decided yet. */
export function isAppealOverdue(a: Pick<AppealDoc, 'status' | 'answerBy'>, day = today()): boolean {
  return (a.status === 'lodged' || a.status === 'investigating') && a.answerBy < day;
}

const iso = (d: Date | undefined) => (d ? d.toISOString() : undefined);

export function toAppealResponse(a: AppealDoc, withTrail = false): RpcResponse<'complaints.appeals.get'> {
  const dates = { assignedAt: iso(a.assignedAt), decidedAt: iso(a.decidedAt), closedAt: iso(a.closedAt) };
  return JSON.parse(
    JSON.stringify({
      id: a._id,
      reference: a.reference,
      cbId: a.cbId,
      organisationId: a.organisationId,
      dossierId: a.dossierId,
      dossierReference: a.dossierReference,
      schemeId: a.schemeId,
      decision: a.decision,
      contestedId: a.contestedId,
      contestedAt: a.contestedAt.toISOString(),
      grounds: a.grounds,
      lodgedBy: a.lodgedBy,
      status: a.status,
      version: a.version,
      lodgedAt: a.lodgedAt.toISOString(),
      answerBy: a.answerBy,
      overdue: isAppealOverdue(a),
      effectSuspended: a.effectSuspended && { ...a.effectSuspended, at: a.effectSuspended.at.toISOString() },
      handlerId: a.handlerId,
      answer: a.answer,
      review: a.review,
      severity: a.severity,
      ...dates,
      trail: withTrail ? a.trail.map((t) => ({ ...t, at: t.at.toISOString() })) : undefined,
    }),
  ) as RpcResponse<'complaints.appeals.get'>;
}

/** An appeal's event, in the CB's tenant, ordered per appeal. */
export function appealEvent<K extends EventType>(
  type: K,
  data: EventPayload<K>,
  appeal: Pick<AppealDoc, '_id' | 'cbId'>,
): CloudEvent<EventPayload<K>> {
  return aggregateEvent('certhub/complaints', type, data, { id: appeal._id, tenantId: appeal.cbId });
}

/** What every event of an appeal says of it, its dossier's scheme included (for partners scoped to one). */
export const appealRef = (
  a: Pick<AppealDoc, '_id' | 'reference' | 'cbId' | 'organisationId' | 'dossierId' | 'schemeId'>,
) => ({
  appealId: a._id,
  reference: a.reference,
  cbId: a.cbId,
  organisationId: a.organisationId,
  dossierId: a.dossierId,
  schemeId: a.schemeId,
});
