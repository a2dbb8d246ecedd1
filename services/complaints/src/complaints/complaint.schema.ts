import type { CloudEvent, ComplaintStatus, TenantType } from '@certhub/contracts';
import { Prop } from '@nestjs/mongoose';
import { Collection, collectionSchema, ListOf, Required, TenantRecord } from '@certhub/platform';

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
@Collection('complaints')
export class ComplaintDoc extends TenantRecord {
  @Required() reference!: string;
  @Required({ type: String }) about!: 'certified_organisation' | 'certification_body' | 'other';
  @Prop() certificateNumber?: string;
  @Prop() organisationName?: string;
  @Required() subject!: string;
  @Required() facts!: string;
  @Required({ type: Object }) complainant!: {
    name: string;
    email: string;
    phone?: string;
    organisation?: string;
  };

  /** The account of a complainant who lodged signed in: his acknowledgement reaches its inbox too. */
  @Prop({ type: Object }) lodgedBy?: { userId: string; tenantType: TenantType; tenantId: string };
  @Required({ type: String }) locale!: 'fr' | 'en';
  @Required({ type: String }) status!: ComplaintStatus;
  @Required() version!: number;
  @Required() receivedAt!: Date;

  /** Calendar days (YYYY-MM-DD): the deadline of taking it in charge, then of the answer. */
  @Required() acknowledgeBy!: string;
  @Required() answerBy!: string;

  /**
   * The scheme whose deadlines apply and its version: the certificate's named at lodging (the version
   * it was issued under), else the dossier's once named when it is taken in charge.
   */
  @Prop() schemeId?: string;
  @Prop() schemeVersion?: string;

  /** The dossier of the organisation concerned, named when the complaint is taken in charge. */
  @Prop() dossierId?: string;
  @Prop() organisationId?: string;

  /** What the complaint led the CB to do on that dossier. */
  @ListOf(Object) actions!: ComplaintActionEntry[];

  /** Steps already reported overdue (`acknowledge`, `answer`): each is reported once. */
  @ListOf(String) overdueSteps!: string[];
  @Prop() handlerId?: string;
  @Prop() acknowledgedAt?: Date;
  @Prop() dismissalReason?: string;
  @Prop({ type: String }) outcome?: 'upheld' | 'partially_upheld' | 'not_upheld';
  @Prop() answer?: string;
  @Prop() closedAt?: Date;
  @ListOf(Object) trail!: ComplaintTrailEntry[];
  outbox!: CloudEvent[];
}

export const ComplaintSchema = collectionSchema(ComplaintDoc, {
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
});
