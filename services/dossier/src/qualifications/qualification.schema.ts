import { Prop } from '@nestjs/mongoose';
import { Collection, collectionSchema, MultiTenantRecord, Required } from '@certhub/platform';

export const QUALIFICATION_MODEL = 'AuditorQualification';

/**
 * One line of a CB's register: an auditor qualified for a scheme from validFrom to validTo (open-
 * ended when absent).
 *
 * `tenantId` is [cbId]: the register is the CB's own.
 */
@Collection('auditor_qualifications')
export class QualificationDoc extends MultiTenantRecord {
  @Required() cbId!: string;
  @Required() auditorId!: string;
  @Required() schemeId!: string;
  @Required() validFrom!: string;
  @Prop() validTo?: string;
  @Required() createdAt!: Date;
  @Required() createdBy!: string;
  @Required() updatedAt!: Date;
  @Required({ default: 0 }) version!: number;
}

export const QualificationSchema = collectionSchema(QualificationDoc, {
  tenantScoped: true,
  indexes: [
    // Planning's check (an auditor's qualifications for one scheme), the overlap check, and the
    // register filtered by auditor and scheme.
    { tenantId: 1, auditorId: 1, schemeId: 1, validFrom: 1 },
    // The register by scheme, by start of validity.
    { tenantId: 1, schemeId: 1, validFrom: 1 },
  ],
});
