import type { CloudEvent, ComplaintStatus, TenantType } from '@certhub/contracts';
import { collectionSchema } from '@certhub/platform';

export const COMPLAINT_MODEL = 'Complaint';

export interface ComplaintTrailEntry {
  at: Date;
  by: string;
  action: string;
  from?: ComplaintStatus;
  to: ComplaintStatus;
  what: string;
}

export interface ComplaintActionEntry {
  kind: 'complementary_audit' | 'suspension';
  dossierId: string;
  at: Date;
  by: string;
  auditId?: string;
}

/** One complaint, in the register of the CB it was lodged with (its tenant). */
export interface ComplaintDoc {
  _id: string;
  tenantId: string;
  reference: string;
  about: 'certified_organisation' | 'certification_body' | 'other';
  certificateNumber?: string;
  organisationName?: string;
  subject: string;
  facts: string;
  complainant: { name: string; email: string; phone?: string; organisation?: string };
  /** The account of a complainant who lodged signed in: his acknowledgement reaches its inbox too. */
  lodgedBy?: { userId: string; tenantType: TenantType; tenantId: string };
  locale: 'fr' | 'en';
  status: ComplaintStatus;
  version: number;
  receivedAt: Date;
  /** Calendar days (YYYY-MM-DD): the deadline of taking it in charge, then of the answer. */
  acknowledgeBy: string;
  answerBy: string;
  /**
   * The scheme whose deadlines apply and its version: the certificate's named at lodging (the version
   * it was issued under), else the dossier's once named when it is taken in charge.
   */
  schemeId?: string;
  schemeVersion?: string;
  /** The dossier of the organisation concerned, named when the complaint is taken in charge. */
  dossierId?: string;
  organisationId?: string;
  /** What the complaint led the CB to do on that dossier. */
  actions: ComplaintActionEntry[];
  /** Steps already reported overdue (`acknowledge`, `answer`): each is reported once. */
  overdueSteps: string[];
  handlerId?: string;
  acknowledgedAt?: Date;
  dismissalReason?: string;
  outcome?: 'upheld' | 'partially_upheld' | 'not_upheld';
  answer?: string;
  closedAt?: Date;
  trail: ComplaintTrailEntry[];
  outbox: CloudEvent[];
}

export const ComplaintSchema = collectionSchema<ComplaintDoc>(
  'complaints',
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    reference: { type: String, required: true },
    about: { type: String, required: true },
    certificateNumber: String,
    organisationName: String,
    subject: { type: String, required: true },
    facts: { type: String, required: true },
    complainant: { type: Object, required: true },
    lodgedBy: Object,
    locale: { type: String, required: true },
    status: { type: String, required: true },
    version: { type: Number, required: true },
    receivedAt: { type: Date, required: true },
    acknowledgeBy: { type: String, required: true },
    answerBy: { type: String, required: true },
    schemeId: String,
    schemeVersion: String,
    dossierId: String,
    organisationId: String,
    actions: { type: [Object], default: [] },
    overdueSteps: { type: [String], default: [] },
    handlerId: String,
    acknowledgedAt: Date,
    dismissalReason: String,
    outcome: String,
    answer: String,
    closedAt: Date,
    trail: { type: [Object], default: [] },
  },
  {
    tenantScoped: true,
    indexes: [
      [{ tenantId: 1, reference: 1 }, { unique: true }],
      // The register: newest first, by status, and each handler's own.
      { tenantId: 1, status: 1, receivedAt: -1 },
      { tenantId: 1, handlerId: 1, receivedAt: -1 },
      // The deadline watch: open complaints by deadline, across CBs.
      { status: 1, acknowledgeBy: 1 },
      { status: 1, answerBy: 1 },
    ],
  },
);
