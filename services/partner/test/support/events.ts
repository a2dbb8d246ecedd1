import { luhnValid, newCloudEvent, type CloudEvent, type EventPayload } from '@certhub/contracts';
import { randomInt } from 'node:crypto';
import { uniqueId } from '@certhub/testing';

/** A random SIREN that passes the Luhn check. */
export function newSiren(): string {
  const stem = String(randomInt(10_000_000, 99_999_999));
  for (let digit = 0; digit <= 9; digit++) if (luhnValid(`${stem}${digit}`)) return `${stem}${digit}`;
  throw new Error('unreachable: one check digit always fits');
}

/** A SIRET of that SIREN's establishment (NIC ending with the Luhn check digit). */
export function siretOf(siren: string, establishment = 1): string {
  const stem = `${siren}${String(establishment).padStart(4, '0')}`;
  for (let digit = 0; digit <= 9; digit++) if (luhnValid(`${stem}${digit}`)) return `${stem}${digit}`;
  throw new Error('unreachable: one check digit always fits');
}

export interface DossierRef {
  dossierId: string;
  organisationId: string;
  cbId: string;
  schemeId: string;
}

export const newDossier = (cbId: string, organisationId: string, schemeId = 'amarc'): DossierRef => ({
  dossierId: uniqueId('dos'),
  organisationId,
  cbId,
  schemeId,
});

const options = (cbId: string, partitionKey?: string) => ({
  source: 'certhub/test',
  tenantId: cbId,
  ...(partitionKey ? { partitionKey } : {}),
});

export function statusChanged(ref: DossierRef, from: string, to: string): CloudEvent {
  const data = { ...ref, reference: ref.dossierId, from, to, at: new Date().toISOString(), by: 'u-test' };
  return newCloudEvent('certhub.dossier.status_changed.v1', data, options(ref.cbId, ref.dossierId));
}

export function dossierCreated(ref: DossierRef): CloudEvent {
  return newCloudEvent(
    'certhub.dossier.created.v1',
    { ...ref, reference: ref.dossierId },
    options(ref.cbId, ref.dossierId),
  );
}

export function organisationRegistered(organisationId: string, siren: string): CloudEvent {
  const data: EventPayload<'certhub.organisation.registered.v1'> = {
    organisationId,
    siren,
    name: `Org ${siren}`,
    adminUserId: uniqueId('u'),
  };
  return newCloudEvent('certhub.organisation.registered.v1', data, { source: 'certhub/test' });
}

export interface CertificateFacts {
  certificateId?: string;
  ref: DossierRef;
  siren: string;
  sirets?: string[];
  validUntil?: string;
}

export function certificateIssued(facts: CertificateFacts): CloudEvent {
  const address = { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' };
  const data: EventPayload<'certhub.certificate.issued.v1'> = {
    certificateId: facts.certificateId ?? uniqueId('crt'),
    number: uniqueId('CERT-'),
    dossierId: facts.ref.dossierId,
    organisationId: facts.ref.organisationId,
    cbId: facts.ref.cbId,
    schemeId: facts.ref.schemeId,
    schemeVersion: '1',
    schemeTitle: 'AMARC',
    holder: { name: `Holder ${facts.siren}`, siren: facts.siren, address },
    sites: (facts.sirets ?? []).map((siret) => ({ siret, name: `Site ${siret}`, address })),
    scope: ['Gestion des insatisfactions clients'],
    validFrom: '2026-01-01',
    validUntil: facts.validUntil ?? '2099-12-31',
    issuedAt: new Date().toISOString(),
    cb: { name: 'CB', address },
    mentions: [],
    locale: 'fr',
  };
  return newCloudEvent('certhub.certificate.issued.v1', data, options(facts.ref.cbId, facts.ref.dossierId));
}

export function certificateStatusChanged(
  type:
    | 'certhub.certificate.suspended.v1'
    | 'certhub.certificate.withdrawn.v1'
    | 'certhub.certificate.reinstated.v1',
  issued: CloudEvent,
): CloudEvent {
  const cert = issued.data as EventPayload<'certhub.certificate.issued.v1'>;
  const data = {
    certificateId: cert.certificateId,
    number: cert.number,
    organisationId: cert.organisationId,
    cbId: cert.cbId,
    schemeId: cert.schemeId,
    at: new Date().toISOString(),
    changedBy: 'u-test',
  };
  return newCloudEvent(type, data, options(cert.cbId, cert.dossierId));
}

export function certificateRenewed(previous: CloudEvent, facts: CertificateFacts): CloudEvent {
  const issued = certificateIssued(facts);
  const data = {
    ...(issued.data as EventPayload<'certhub.certificate.issued.v1'>),
    previousCertificateId: (previous.data as EventPayload<'certhub.certificate.issued.v1'>).certificateId,
  };
  return newCloudEvent('certhub.certificate.renewed.v1', data, options(facts.ref.cbId, facts.ref.dossierId));
}
