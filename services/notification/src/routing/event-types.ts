import type { EventType } from '@certhub/contracts';

/** The catalogue's event types by family, so each family's templates and routes live in one file. */
export type DossierEventType = Extract<EventType, `certhub.dossier.${string}`>;
export type AccountEventType = Extract<
  EventType,
  | `certhub.organisation.${string}`
  | `certhub.user.${string}`
  | `certhub.certification_body.${string}`
  | `certhub.issuer_key.${string}`
>;
export type CertificateEventType = Extract<EventType, `certhub.certificate.${string}`>;
export type DocumentEventType = Extract<EventType, `certhub.document.${string}`>;
/** Audit changes and the steps of a non-conformity (libs/contracts events/finding.events.ts). */
export type FindingEventType = Extract<EventType, `certhub.finding.${string}` | `certhub.audit.${string}`>;
/** The steps of a complaint or an appeal (libs/contracts events/complaint.events.ts, appeal.events.ts). */
export type ComplaintEventType = Extract<
  EventType,
  `certhub.complaint.${string}` | `certhub.appeal.${string}`
>;
/** Reminders the dossier service sends of its own accord (libs/contracts events/reminder.events.ts). */
export type ReminderEventType = Extract<EventType, `certhub.reminder.${string}`>;
/** The training networks of the individuals' line (identity). */
export type NetworkEventType = Extract<
  EventType,
  `certhub.network.${string}` | `certhub.training_organisation.${string}` | `certhub.establishment.${string}`
>;
/** Candidacies and habilitations of the individuals' line (candidacy). */
export type CandidacyEventType = Extract<
  EventType,
  `certhub.candidacy.${string}` | `certhub.habilitation.${string}` | `certhub.transfer.${string}`
>;
