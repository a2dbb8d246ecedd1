import type { CloudEvent, DecisionOutcomeSchema, DossierStatus } from '@certhub/contracts';
import { collectionSchema } from '@certhub/platform';
import { Schema } from 'mongoose';
import type { z } from 'zod';

type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

export const DOSSIER_MODEL = 'Dossier';

/** One entry of the audit trail: every change, who made it, when, and the data before and after. */
export interface TrailEntry {
  at: Date;
  who: string;
  action: string;
  what: string;
  fromStatus: DossierStatus;
  toStatus: DossierStatus;
  before?: unknown;
  after?: unknown;
}

export interface QuestionnaireFinding {
  id: string;
  /** NC0001, NC0002…: the dossier's one finding numbering (finding-numbers.ts). */
  number: string;
  questionId: string;
  description: string;
  status: 'open' | 'answered' | 'corrected' | 'closed';
  raisedAt: Date;
  raisedBy: string;
  response?: { correctiveAction?: string; documentId?: string; answeredAt: Date; answeredBy: string };
  closedAt?: Date;
  closedBy?: string;
}

export interface Decision {
  id: string;
  kind: 'initial' | 'surveillance' | 'renewal';
  outcome: DecisionOutcome;
  reason: string;
  decidedBy: string;
  decidedAt: Date;
  certificateId?: string;
}

export interface CertificateRecord {
  certificateId: string;
  number: string;
  validFrom: string;
  validUntil: string;
  status: 'valid' | 'suspended' | 'withdrawn' | 'expired';
  issuedAt: Date;
  /** Holder, sites, CB and mentions as issued: the certificate's content, kept with the record. */
  data: Record<string, unknown>;
}

export interface DossierCycle {
  /** Surveillance audits due (YYYY-MM-DD), from the scheme's cycle, set at grant. */
  surveillanceDue: string[];
  renewalOpensOn?: string;
  renewal?: {
    openedAt: Date;
    changeOfCb: boolean;
    auditType: 'renewal' | 'initial';
    auditChoice?: 'initial' | 'complementary';
    documents?: RenewalDocument[];
    newCbId?: string;
    newDossierId?: string;
  };
  /**
   * This dossier renews another one's certificate (with another CB: an initial audit,
   * docs/domain/organisation-certification.md#renewal-with-another-cb).
   */
  renewalOf?: {
    dossierId: string;
    certificateId: string;
    cbId: string;
    changeOfCb: boolean;
    /** The renewal's documents, requested here when the renewal moved to this dossier's CB. */
    documents?: RenewalDocument[];
  };
}

/** The lean dossier document: what repositories return and the lifecycle works on. */
/** One document the renewal requires: the `n`-th of the scheme's renewal documents. */
export interface RenewalDocument {
  n: number;
  label: string;
  documentId?: string;
  status: 'missing' | 'submitted' | 'accepted' | 'rejected';
  reason?: string;
}

export interface DossierView {
  _id: string;
  reference: string;
  /** [organisationId, cbId]: `{ tenantId: x }` scopes a query to either side. */
  tenantId: string[];
  organisationId: string;
  cbId: string;
  analystId?: string;
  /** Every auditor ever booked on the dossier: impartiality rule and the auditor's read rule. */
  auditorIds: string[];
  schemeId: string;
  schemeVersion: string;
  level?: string;
  status: DossierStatus;
  version: number;
  questionnaire: {
    revision: number;
    answers: Record<string, unknown>;
    submittedAt?: Date;
    submittedBy?: string;
  };
  questionnaireFindings: QuestionnaireFinding[];
  /** Holder data read from identity when the dossier was opened, refreshed at grant when possible. */
  holder?: {
    name: string;
    siren: string;
    address: Record<string, unknown>;
    sites: { siret: string; name: string; address: Record<string, unknown> }[];
  };
  /** The commercial offer sent by the CB and, once returned, its signed copy (both documents of the contract context). */
  offer?: {
    reference: string;
    documentId: string;
    sentAt: Date;
    sentBy: string;
    signedDocumentId?: string;
    signedAt?: Date;
    signedBy?: string;
  };
  contract?: { reference: string; signedOn: string; documentId?: string; recordedAt: Date };
  decisions: Decision[];
  certificate?: CertificateRecord;
  previousCertificates: CertificateRecord[];
  cycle: DossierCycle;
  complementaryRequested?: 'documentary' | 'on_site';
  scopeChange?: {
    status: 'pending' | 'decided';
    description: string;
    requestedAt: Date;
    requestedBy: string;
    outcome?: 'no_action' | 'documentary_review' | 'extra_audit';
    decidedAt?: Date;
  };
  /**
   * The step of the certified cycle a suspension outside a decision interrupted (an audit planned,
   * findings open…): where reinstatement resumes. Absent: `certified`.
   */
  suspendedFrom?: DossierStatus | null;
  closedReason?: string;
  trail: TrailEntry[];
  outbox: CloudEvent[];
  createdAt: Date;
  updatedAt: Date;
}

const Mixed = Schema.Types.Mixed;

export const DossierSchema = collectionSchema(
  'dossiers',
  {
    _id: { type: String, required: true },
    reference: { type: String, required: true },
    tenantId: { type: [String], required: true },
    organisationId: { type: String, required: true },
    cbId: { type: String, required: true },
    analystId: String,
    auditorIds: { type: [String], default: [] },
    schemeId: { type: String, required: true },
    schemeVersion: { type: String, required: true },
    level: String,
    status: { type: String, required: true },
    version: { type: Number, required: true, default: 0 },
    questionnaire: {
      revision: { type: Number, default: 0 },
      answers: { type: Mixed, default: {} },
      submittedAt: Date,
      submittedBy: String,
    },
    questionnaireFindings: { type: [Mixed], default: [] },
    holder: Mixed,
    offer: Mixed,
    contract: Mixed,
    decisions: { type: [Mixed], default: [] },
    certificate: Mixed,
    previousCertificates: { type: [Mixed], default: [] },
    cycle: { type: Mixed, default: () => ({ surveillanceDue: [] }) },
    complementaryRequested: String,
    scopeChange: Mixed,
    suspendedFrom: String,
    closedReason: String,
    trail: { type: [Mixed], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  {
    tenantScoped: true,
    options: { minimize: false },
    indexes: [
      // Dossier references are human numbers: one per dossier on the whole platform.
      [{ reference: 1 }, { unique: true }],
      // dossiers.search of one tenant (CB or organisation), by status, newest first.
      { tenantId: 1, status: 1, createdAt: -1 },
      // The work queue: one tenant's dossiers in some statuses, last changed first.
      { tenantId: 1, status: 1, updatedAt: -1 },
      // dossiers.search of one tenant by scheme.
      { tenantId: 1, schemeId: 1, createdAt: -1 },
      // dossiers.search of one tenant by analyst (the work queue's "mine" and "unassigned").
      { tenantId: 1, analystId: 1, createdAt: -1 },
      // An auditor's dossiers (the read rule "only where assigned").
      { tenantId: 1, auditorIds: 1 },
      // The expiry scheduler: certificates past validUntil still valid or suspended.
      { 'certificate.status': 1, 'certificate.validUntil': 1 },
    ],
  },
);
