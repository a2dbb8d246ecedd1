import type { EventType } from '@certhub/contracts';

/** The catalogue's event types by family, so each family's templates and routes live in one file. */
export type DossierEventType = Extract<EventType, `certhub.dossier.${string}`>;
export type AccountEventType = Extract<
  EventType,
  `certhub.organisation.${string}` | `certhub.user.${string}`
>;
export type CertificateEventType = Extract<EventType, `certhub.certificate.${string}`>;
