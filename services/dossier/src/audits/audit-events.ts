import type { CloudEvent, EventPayload, EventType } from '@certhub/contracts';
import { dossierEvent } from '../lifecycle/dossier-events';

/** What every audit and finding event names: the dossier, its organisation, its CB and scheme. */
export interface DossierScoped {
  dossierId: string;
  /** The dossier's reference, copied when the audit or finding was created (absent on older ones). */
  dossierReference?: string;
  organisationId: string;
  cbId: string;
  schemeId: string;
}

export const dossierRef = (d: DossierScoped) => ({
  dossierId: d.dossierId,
  ...(d.dossierReference ? { reference: d.dossierReference } : {}),
  organisationId: d.organisationId,
  cbId: d.cbId,
  schemeId: d.schemeId,
});

/** An audit or finding event, with the dossier's tenant (its CB) and ordering key, like its own events. */
export function auditEvent<K extends EventType>(
  type: K,
  data: EventPayload<K>,
  owner: DossierScoped,
  time?: Date,
): CloudEvent<EventPayload<K>> {
  return dossierEvent(type, data, { _id: owner.dossierId, cbId: owner.cbId }, time);
}
