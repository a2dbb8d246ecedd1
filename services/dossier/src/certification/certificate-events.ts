import type { CloudEvent } from '@certhub/contracts';
import { dossierEvent } from '../lifecycle/dossier-events';
import type { DossierView } from '../lifecycle/dossier.schema';

const TYPES = {
  suspended: 'certhub.certificate.suspended.v1',
  reinstated: 'certhub.certificate.reinstated.v1',
  withdrawn: 'certhub.certificate.withdrawn.v1',
  expired: 'certhub.certificate.expired.v1',
} as const;

/** The event of a certificate's status change (the dossier must hold a certificate). */
export function certificateStatusEvent(
  change: keyof typeof TYPES,
  d: DossierView,
  how: { reason?: string; at: string; by: string },
): CloudEvent {
  const c = d.certificate;
  if (!c) throw new Error(`dossier ${d._id} holds no certificate to be ${change}`);
  return dossierEvent(
    TYPES[change],
    {
      certificateId: c.certificateId,
      number: c.number,
      organisationId: d.organisationId,
      cbId: d.cbId,
      schemeId: d.schemeId,
      ...(how.reason ? { reason: how.reason } : {}),
      at: how.at,
      changedBy: how.by,
    },
    d,
  );
}
