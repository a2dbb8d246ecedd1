import type { CloudEvent, EventPayload, EventType } from '@certhub/contracts';
import { auditEvent, dossierRef, type DossierScoped } from '../audits/audit-events';
import type { FindingDoc } from './finding.schema';

type FindingRef = DossierScoped & Pick<FindingDoc, '_id' | 'number' | 'analystId'>;

/** The part every finding event starts with: the dossier, the finding, the analyst to notify. */
export const findingRef = (f: FindingRef, analystId?: string) => ({
  ...dossierRef(f),
  findingId: f._id,
  number: f.number,
  ...((analystId ?? f.analystId) ? { analystId: analystId ?? f.analystId } : {}),
});

/** The finding part of the dossier events finding_raised / finding_closed (exactly their schema). */
export const dossierFindingRef = (f: FindingRef) => ({
  ...dossierRef(f),
  findingId: f._id,
  number: f.number,
});

export function findingEvent<K extends EventType>(
  type: K,
  data: EventPayload<K>,
  f: DossierScoped,
  at: Date,
): CloudEvent {
  return auditEvent(type, data, f, at);
}
