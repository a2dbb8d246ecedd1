import type { Habilitation } from '@certhub/contracts';
import type { HabilitationView } from './habilitation.schema';
import { inForce } from './habilitation-period';

export const toHabilitationResponse = (h: HabilitationView, today: string): Habilitation => ({
  id: h._id,
  establishmentId: h.establishmentId,
  trainingOrganisationId: h.trainingOrganisationId,
  networkId: h.networkId,
  certifierId: h.certifierId,
  status: h.status,
  valid: inForce(h, today),
  expired: h.status === 'validated' && !!h.endsOn && h.endsOn < today,
  requestedAt: new Date(h.requestedAt).toISOString(),
  requestedBy: h.requestedBy,
  ...(h.startsOn ? { startsOn: h.startsOn } : {}),
  ...(h.endsOn ? { endsOn: h.endsOn } : {}),
  ...(h.rejectionReason ? { rejectionReason: h.rejectionReason } : {}),
  ...(h.decidedAt ? { decidedAt: new Date(h.decidedAt).toISOString() } : {}),
  ...(h.renews ? { renews: h.renews } : {}),
  version: h.version,
});
