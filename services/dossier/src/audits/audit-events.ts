import type { CloudEvent, EventPayload, EventType } from '@certhub/contracts';
import { dossierEvent } from '../lifecycle/dossier-events';

/** What every audit and finding event names: the dossier, its organisation, its CB and scheme. */
export interface DossierScoped {
  dossierId: string;
  organisationId: string;
  cbId: string;
  schemeId: string;
}

export const dossierRef = (d: DossierScoped) => ({
  dossierId: d.dossierId,
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
