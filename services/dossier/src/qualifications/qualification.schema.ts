import { collectionSchema } from '@certhub/platform';

export const QUALIFICATION_MODEL = 'AuditorQualification';

/** One line of a CB's register: an auditor qualified for a scheme from validFrom to validTo (open-ended when absent). */
export interface QualificationDoc {
  _id: string;
  /** [cbId]: the register is the CB's own. */
  tenantId: string[];
  cbId: string;
  auditorId: string;
  schemeId: string;
  validFrom: string;
  validTo?: string;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  version: number;
}

export const QualificationSchema = collectionSchema<QualificationDoc>(
  'auditor_qualifications',
  {
    _id: { type: String, required: true },
    tenantId: { type: [String], required: true },
    cbId: { type: String, required: true },
    auditorId: { type: String, required: true },
    schemeId: { type: String, required: true },
    validFrom: { type: String, required: true },
    validTo: String,
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    updatedAt: { type: Date, required: true },
    version: { type: Number, required: true, default: 0 },
  },
  {
    tenantScoped: true,
    indexes: [
      // Planning's check (an auditor's qualifications for one scheme), the overlap check, and the
      // register filtered by auditor and scheme.
      { tenantId: 1, auditorId: 1, schemeId: 1, validFrom: 1 },
      // The register by scheme, by start of validity.
      { tenantId: 1, schemeId: 1, validFrom: 1 },
    ],
  },
);
