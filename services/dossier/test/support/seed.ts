import type { DossierStatus } from '@certhub/contracts';
import { uniqueId } from '@certhub/testing';
import type { Connection } from 'mongoose';
import { AMARC_COMPLETE } from './amarc';
import { CB, ORG } from './dossier-harness';

const day = (offsetDays: number): string => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
};

export interface SeedOptions {
  status: DossierStatus;
  auditorIds?: string[];
  certificate?: 'valid' | 'suspended' | 'elapsed' | 'in_renewal_window';
  renewalOpen?: boolean;
  complementaryRequested?: boolean;
  scopeChangePending?: boolean;
  /** A commercial offer sent and not returned signed yet. */
  offerAwaitingSignature?: boolean;
  analystId?: string;
  questionnaireFindings?: { status: 'open' | 'answered' | 'corrected' | 'closed'; questionId?: string }[];
}

/**
 * Test-only: a dossier document written straight into the service's database in a given status
 * (reaching statuses quickly); every transition from there goes through the real service.
 */
export async function seedDossier(db: Connection, o: SeedOptions): Promise<string> {
  const doc = dossierDocument(o);
  await db.collection('dossiers').insertOne(doc);
  return doc._id as unknown as string;
}

/** The document seedDossier inserts, for seeding many at once. */
export function dossierDocument(o: SeedOptions): Record<string, unknown> & { _id: never } {
  const id = uniqueId('seed-');
  const now = new Date();
  const certificate = o.certificate
    ? {
        certificateId: uniqueId('cert-'),
        number: `DEMO-AMARC-${uniqueId('')}`,
        validFrom: day(-800),
        validUntil:
          o.certificate === 'elapsed' ? day(-1) : o.certificate === 'in_renewal_window' ? day(60) : day(300),
        status: o.certificate === 'suspended' ? 'suspended' : 'valid',
        issuedAt: now,
        data: {},
      }
    : undefined;
  return {
    _id: id as never,
    reference: `SEED-${id}`,
    tenantId: [ORG, CB],
    organisationId: ORG,
    cbId: CB,
    ...(o.analystId ? { analystId: o.analystId } : {}),
    auditorIds: o.auditorIds ?? [],
    schemeId: 'amarc',
    schemeVersion: '2024.1',
    level: 'A',
    status: o.status,
    version: 0,
    questionnaire: { revision: 3, answers: AMARC_COMPLETE },
    questionnaireFindings: (o.questionnaireFindings ?? []).map((f, i) => ({
      id: `${id}-qf${i + 1}`,
      number: `NC000${i + 1}`,
      questionId: f.questionId ?? 'effectif',
      description: 'seeded',
      status: f.status,
      raisedAt: now,
      raisedBy: 'seed',
    })),
    holder: {
      name: 'Ateliers Démo CertHub SAS',
      siren: '901234567',
      address: { line1: '12 rue des Frères Lumière', postalCode: '69008', city: 'Lyon', country: 'FR' },
      sites: [],
    },
    decisions: [],
    ...(certificate ? { certificate } : {}),
    previousCertificates: [],
    cycle: {
      surveillanceDue: [],
      ...(o.certificate === 'in_renewal_window' ? { renewalOpensOn: day(-1) } : { renewalOpensOn: day(100) }),
      ...(o.renewalOpen ? { renewal: { openedAt: now, changeOfCb: false, auditType: 'renewal' } } : {}),
    },
    ...(o.complementaryRequested ? { complementaryRequested: 'documentary' } : {}),
    ...(o.offerAwaitingSignature
      ? { offer: { reference: 'OF-1', documentId: 'doc-offer', sentAt: new Date(), sentBy: 'u-analyst' } }
      : {}),
    ...(o.scopeChangePending
      ? { scopeChange: { status: 'pending', description: 'seeded', requestedAt: now, requestedBy: 'seed' } }
      : {}),
    trail: [],
    outbox: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** An open non-conformity of the findings module's collection, as its guard counts them. */
export async function seedOpenFinding(db: Connection, dossierId: string): Promise<void> {
  await db.collection('findings').insertOne({
    _id: uniqueId('nc-') as never,
    tenantId: CB,
    cbId: CB,
    dossierId,
    open: true,
  });
}
