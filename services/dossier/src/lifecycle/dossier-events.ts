import type { CloudEvent, EventPayload, EventType } from '@certhub/contracts';
import { aggregateEvent } from '@certhub/platform';
import type { DossierView } from './dossier.schema';

export const EVENT_SOURCE = 'certhub/dossier';

/** The part every dossier event starts with. */
export const dossierRef = (
  d: Pick<DossierView, '_id' | 'reference' | 'organisationId' | 'cbId' | 'schemeId'> & {
    holder?: { siren?: string };
  },
) => ({
  dossierId: d._id,
  reference: d.reference,
  organisationId: d.organisationId,
  cbId: d.cbId,
  schemeId: d.schemeId,
  // Partners scoped to a list of SIRENs are matched on it.
  ...(d.holder?.siren ? { siren: d.holder.siren } : {}),
});

/**
 * A typed event of one dossier, ready for its outbox. The tenant is the dossier's CB (partners
 * and analytics scope by CB; the organisation travels in the payload); the dossier id orders them.
 */
export function dossierEvent<K extends EventType>(
  type: K,
  data: EventPayload<K>,
  dossier: Pick<DossierView, '_id' | 'cbId'>,
  time?: Date,
): CloudEvent<EventPayload<K>> {
  return aggregateEvent(EVENT_SOURCE, type, data, { id: dossier._id, tenantId: dossier.cbId }, time);
}
