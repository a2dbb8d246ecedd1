import { z } from 'zod';
import { CertificateDataSchema, CertificateStatusChangeSchema } from '../certificates/certificate.schemas';

export const EVENTS_STREAM = 'CERTHUB_EVENTS';
export const EVENTS_SUBJECT_PREFIX = 'evt';

/**
 * Every event certhub emits: CloudEvents type → NATS subject, owning service and payload schema.
 * One source of truth for producers, consumers, notification templates and the AsyncAPI document.
 */
const DossierRef = z.object({
  dossierId: z.string(),
  organisationId: z.string(),
  cbId: z.string().optional(),
  schemeId: z.string(),
});

export const EventCatalog = {
  'certhub.dossier.created.v1': {
    subject: 'evt.dossier.dossier.created',
    summary: 'An organisation opened a certification dossier',
    schema: DossierRef.extend({ reference: z.string() }),
  },
  'certhub.dossier.submitted.v1': {
    subject: 'evt.dossier.dossier.submitted',
    summary: 'The admissibility questionnaire was submitted',
    schema: DossierRef.extend({ submittedBy: z.string(), submittedAt: z.string().datetime() }),
  },
  'certhub.organisation.registered.v1': {
    subject: 'evt.identity.organisation.registered',
    summary: 'An organisation registered itself and its first administrator',
    schema: z.object({
      organisationId: z.string(),
      siren: z.string(),
      name: z.string(),
      adminUserId: z.string(),
    }),
  },
  'certhub.organisation.activation_changed.v1': {
    subject: 'evt.identity.organisation.activation_changed',
    summary: 'The platform activated or deactivated an organisation',
    schema: z.object({ organisationId: z.string(), active: z.boolean(), changedBy: z.string() }),
  },
  'certhub.user.invited.v1': {
    subject: 'evt.identity.user.invited',
    summary: 'An administrator invited a user into his tenant',
    schema: z.object({
      userId: z.string(),
      tenantType: z.string(),
      tenantId: z.string(),
      role: z.string(),
      invitedBy: z.string(),
    }),
  },
  'certhub.user.enabled_changed.v1': {
    subject: 'evt.identity.user.enabled_changed',
    summary: 'An administrator deactivated or reactivated a user',
    schema: z.object({
      userId: z.string(),
      tenantId: z.string(),
      enabled: z.boolean(),
      changedBy: z.string(),
    }),
  },
  'certhub.certificate.issued.v1': {
    subject: 'evt.dossier.certificate.issued',
    summary: 'A certification decision granted a certificate',
    schema: CertificateDataSchema,
  },
  'certhub.certificate.renewed.v1': {
    subject: 'evt.dossier.certificate.renewed',
    summary: 'A renewal decision issued a new certificate replacing the previous one',
    schema: CertificateDataSchema.extend({ previousCertificateId: z.string() }),
  },
  'certhub.certificate.suspended.v1': {
    subject: 'evt.dossier.certificate.suspended',
    summary: 'A certificate was suspended',
    schema: CertificateStatusChangeSchema,
  },
  'certhub.certificate.reinstated.v1': {
    subject: 'evt.dossier.certificate.reinstated',
    summary: 'A suspended certificate was reinstated',
    schema: CertificateStatusChangeSchema,
  },
  'certhub.certificate.withdrawn.v1': {
    subject: 'evt.dossier.certificate.withdrawn',
    summary: 'A certificate was withdrawn',
    schema: CertificateStatusChangeSchema,
  },
  'certhub.certificate.expired.v1': {
    subject: 'evt.dossier.certificate.expired',
    summary: 'A certificate reached the end of its validity',
    schema: CertificateStatusChangeSchema,
  },
  'certhub.certificate.rendered.v1': {
    subject: 'evt.certificate.certificate.rendered',
    summary: 'The PDF of a certificate was rendered and stored',
    schema: z.object({
      certificateId: z.string(),
      number: z.string(),
      organisationId: z.string(),
      cbId: z.string(),
      sha256: z.string().regex(/^[a-f0-9]{64}$/),
      version: z.number().int().min(1),
    }),
  },
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
