import type { z } from 'zod';
import { AppealEvents } from './appeal.events';
import { CandidacyEvents } from './candidacy.events';
import { CertificateEvents } from './certificate.events';
import { ComplaintEvents } from './complaint.events';
import { CredentialsEvents } from './credentials.events';
import { DocumentEvents } from './document.events';
import { DossierEvents } from './dossier.events';
import { AuditEvents, FindingEvents } from './finding.events';
import { IdentityEvents } from './identity.events';
import { ReminderEvents } from './reminder.events';

export const EVENTS_STREAM = 'CERTHUB_EVENTS';
export const EVENTS_SUBJECT_PREFIX = 'evt';

/**
 * Every event certhub emits: CloudEvents type → NATS subject (`evt.<service>.<entity>.<event>`),
 * summary and payload schema. One source of truth for producers, consumers, notification
 * templates and the AsyncAPI document.
 */
export const EventCatalog = {
  ...DossierEvents,
  ...AuditEvents,
  ...FindingEvents,
  ...IdentityEvents,
  ...CertificateEvents,
  ...DocumentEvents,
  ...ReminderEvents,
  ...ComplaintEvents,
  ...AppealEvents,
  ...CandidacyEvents,
  ...CredentialsEvents,
} as const satisfies Record<string, { subject: string; summary: string; schema: z.ZodType }>;

export type EventType = keyof typeof EventCatalog;
export type EventPayload<K extends EventType> = z.infer<(typeof EventCatalog)[K]['schema']>;
export const EVENT_TYPES = Object.keys(EventCatalog) as EventType[];

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EventCatalog, type);
}

export function eventSubject(type: EventType): string {
  return EventCatalog[type].subject;
}
