import type { CloudEvent, EventPayload, EventType } from '@certhub/contracts';
import { auditEvent, dossierRef } from '../audits/audit-events';
import type { FindingDoc } from './finding.schema';

/** The part every finding event starts with: the dossier, the finding, the analyst to notify. */
export const findingRef = (f: FindingDoc, analystId?: string) => ({
  ...dossierRef(f),
  findingId: f._id,
  number: f.number,
  ...((analystId ?? f.analystId) ? { analystId: analystId ?? f.analystId } : {}),
});

/** The finding part of the dossier events finding_raised / finding_closed (exactly their schema). */
export const dossierFindingRef = (f: FindingDoc) => ({
  ...dossierRef(f),
  findingId: f._id,
  number: f.number,
});

export function findingEvent<K extends EventType>(
  type: K,
  data: EventPayload<K>,
  f: FindingDoc,
  at: Date,
): CloudEvent {
  return auditEvent(type, data, f, at);
}
