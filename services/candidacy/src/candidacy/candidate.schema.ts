import type {
  CandidacyStatus,
  CandidateFields,
  EvaluationKind,
  EvaluationStatus,
  SubDomainScore,
} from '@certhub/contracts';
import { collectionSchema } from '@certhub/platform';
import { perimeterRecordFields, type PerimeterRecord } from './perimeter-record';

export const CANDIDATE_MODEL = 'Candidate';

/** One change of a candidacy, as the versioned write path records it. */
export interface TrailEntry {
  at: Date;
  by: string;
  action: string;
  from?: CandidacyStatus;
  to: CandidacyStatus;
  what: string;
  before?: unknown;
  after?: unknown;
}

/** One evaluation, kept on the candidate: finalising it moves the candidacy in the same write. */
export interface EvaluationEntry {
  id: string;
  kind: EvaluationKind;
  status: EvaluationStatus;
  frameworkVersion: string;
  evaluatorName: string;
  evaluatorEmail: string;
  evaluatedOn: string;
  scores: SubDomainScore[];
  validated?: boolean;
  matrixDocumentId?: string;
  proofDocumentIds: string[];
  createdAt: Date;
  createdBy: string;
  finalisedAt?: Date;
  finalisedBy?: string;
  reopenings: { at: Date; by: string; reason: string }[];
}

export interface TrainingEntry {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  durationHours: number;
  domainIds: string[];
  trainerName?: string;
  attendanceCertificateDocumentId?: string;
  proofDocumentIds: string[];
  recordedAt: Date;
  recordedBy: string;
  editedAt?: Date;
  editedBy?: string;
}

/** The jury session a dossier was assigned to, as it stood then. */
export interface JuryAssignment {
  sessionId: string;
  region: string;
  sittingOn: string;
  sendMode: 'digital' | 'paper';
}

export interface ComplementEntry {
  requestedAt: Date;
  requestedBy: string;
  reason: string;
  answeredAt?: Date;
  answeredBy?: string;
  answer?: string;
  documentIds: string[];
}

/** One message of the exchanges tab, from the establishment's side or the certifier's. */
export interface MessageEntry {
  id: string;
  at: Date;
  by: string;
  side: 'establishment' | 'certifier';
  body: string;
}

export interface JuryDecision {
  decision: 'certified' | 'not_certified';
  decidedAt: Date;
  decidedBy: string;
  juryDate: string;
  reason?: string;
}

export interface DispatchEntry {
  id: string;
  sentOn: string;
  channel: 'letter' | 'registered_letter' | 'courier' | 'hand_delivery';
  trackingNumber?: string;
  undelivered?: { returnedOn: string; reason?: string };
  recordedAt: Date;
  recordedBy: string;
}

/**
 * A candidate and his candidacy. `tenantId` = [establishmentId, trainingOrganisationId, networkId,
 * certifierId]: each level of the network and the certifier reach it through one pinned filter.
 */
export interface CandidateView extends CandidateFields, PerimeterRecord {
  reference: string;
  establishmentName: string;
  /** Name, birth date and birth place, normalised: one person is registered once (identity-key.ts). */
  identityKey: string;
  /** The birth name normalised, for the search by name. */
  nameKey: string;
  status: CandidacyStatus;
  active: boolean;
  deleted: boolean;
  abandon?: { reason: string; previousStatus: CandidacyStatus; at: Date };
  /** Evaluations and trainings recorded: a candidate with any cannot be deleted. */
  recorded: number;
  evaluations?: EvaluationEntry[];
  trainings?: TrainingEntry[];
  /** When the latest finalised evaluation was finalised: a final one needs a training attended since. */
  evaluatedAt?: Date;
  /** When the latest training with a certificate of attendance was recorded. */
  attendedAt?: Date;
  /** When the preliminary evaluation was finalised: the candidacy is abandoned 5 years later. */
  preliminaryEvaluatedAt?: Date;
  /** The latest reinstatement: the automatic abandonment's 5 years start again from it. */
  reinstatedAt?: Date;
  /** With the certifier: sent, assigned to a jury session, complements, decision, certificate, posting. */
  sentAt?: Date;
  jury?: JuryAssignment;
  complements?: ComplementEntry[];
  decision?: JuryDecision;
  certificateNumber?: string;
  dispatches?: DispatchEntry[];
  messages?: MessageEntry[];
  createdAt: Date;
  updatedAt: Date;
}

export const CandidateSchema = collectionSchema<CandidateView>(
  'candidates',
  {
    ...perimeterRecordFields(),
    reference: { type: String, required: true },
    establishmentName: { type: String, required: true },
    identityKey: { type: String, required: true },
    status: { type: String, required: true },
    active: { type: Boolean, required: true },
    deleted: { type: Boolean, required: true },
    abandon: { type: Object },
    recorded: { type: Number, required: true },
    evaluations: { type: [Object], default: undefined },
    trainings: { type: [Object], default: undefined },
    evaluatedAt: Date,
    attendedAt: Date,
    preliminaryEvaluatedAt: Date,
    reinstatedAt: Date,
    sentAt: Date,
    jury: Object,
    complements: { type: [Object], default: undefined },
    decision: Object,
    certificateNumber: String,
    dispatches: { type: [Object], default: undefined },
    messages: { type: [Object], default: undefined },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    // The form's fields, validated by the contract's schema at the edge.
    civility: String,
    birthName: { type: String, required: true },
    usageName: String,
    firstName: { type: String, required: true },
    birthDate: { type: String, required: true },
    bornAbroad: Boolean,
    bornInOverseasCollectivity: Boolean,
    birthCountry: String,
    birthCollectivity: String,
    birthCity: String,
    birthPostalCode: String,
    email: String,
    phone: String,
    address: Object,
    registrationStatus: String,
    delegatedBranch: String,
    contextualisedBase: Boolean,
    publicType: String,
    trainingLevel: Number,
    mainFunder: String,
    approachOrigin: String,
    professionalGoals: String,
    personalGoals: String,
    nameKey: { type: String, required: true },
  },
  {
    tenantScoped: true,
    indexes: [
      // The duplicate check at registration; also turns a concurrent duplicate into a 409.
      [{ identityKey: 1 }, { unique: true }],
      [{ reference: 1 }, { unique: true }],
      // The search before registration: a name with a birth date.
      { nameKey: 1, birthDate: 1 },
      // The automatic abandonment: candidacies in preparation by the date of their preliminary evaluation.
      { status: 1, preliminaryEvaluatedAt: 1 },
      // A jury session's dossiers, within the certifier's tenant.
      { tenantId: 1, 'jury.sessionId': 1 },
      // Lists within a perimeter by status, newest changes first.
      { tenantId: 1, status: 1, updatedAt: -1 },
    ],
  },
);
