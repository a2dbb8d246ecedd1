import {
  EventCatalog,
  type CertificateData,
  type CertificateStatus,
  type CloudEvent,
  type EventPayload,
  type EventType,
} from '@certhub/contracts';

/** Every certificate event of the dossier service (one filter: nats-server 2.9 takes one per consumer). */
export const CERTIFICATE_EVENTS_FILTER = 'evt.dossier.certificate.>';

const ISSUING_EVENTS = new Set<EventType>([
  'certhub.certificate.issued.v1',
  'certhub.certificate.renewed.v1',
]);

const STATUS_EVENTS: Partial<Record<EventType, CertificateStatus>> = {
  'certhub.certificate.suspended.v1': 'suspended',
  'certhub.certificate.reinstated.v1': 'valid',
  'certhub.certificate.withdrawn.v1': 'withdrawn',
  'certhub.certificate.expired.v1': 'expired',
};

export type CertificateStatusChange = EventPayload<'certhub.certificate.suspended.v1'>;

export type CertificateEvent =
  | { kind: 'issued'; data: CertificateData }
  | { kind: 'status'; change: CertificateStatusChange; to: CertificateStatus }
  | { kind: 'invalid'; reason: string }
  | { kind: 'other' };

/** Validates an event's payload against its contract and says what it asks of this service. */
export function parseCertificateEvent(event: CloudEvent): CertificateEvent {
  const type = event.type as EventType;
  const to = STATUS_EVENTS[type];
  if (!ISSUING_EVENTS.has(type) && !to) return { kind: 'other' };
  const parsed = EventCatalog[type].schema.safeParse(event.data);
  if (!parsed.success) return { kind: 'invalid', reason: parsed.error.message };
  return to
    ? { kind: 'status', change: parsed.data as CertificateStatusChange, to }
    : { kind: 'issued', data: parsed.data as CertificateData };
}
