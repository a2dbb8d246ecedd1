import { z } from 'zod';
import { AddressSchema } from '../identity/identity.schemas';
import { sortablePageQuery, queryFlag } from '../pagination';
import { IsoDate } from '../fields';

/**
 * The candidate form of the individuals' line (docs/domain/individuals-certification.md#candidate-dossier):
 * identity exactly as on the ID document, birth place by where the candidate was born, and the
 * registration data, with fields that only exist for some answers.
 */

/** In chronological order (docs/domain/individuals-certification.md#candidacy-statuses). */
export const CANDIDACY_STATUSES = [
  'awaiting_preliminary_evaluation',
  'awaiting_final_evaluation',
  'to_send',
  'awaiting_certification',
  'awaiting_jury',
  'complement_requested',
  'completed',
  'certified',
  'not_certified',
  'abandoned',
] as const;
export const CandidacyStatusSchema = z.enum(CANDIDACY_STATUSES);
export type CandidacyStatus = z.infer<typeof CandidacyStatusSchema>;

export const REGISTRATION_STATUSES = [
  'employee',
  'job_seeker',
  'temporary_worker',
  'young_in_integration',
  'other',
] as const;
export const PUBLIC_TYPES = ['disabled_worker', 'senior', 'young', 'detained', 'refugee', 'other'] as const;
export const MAIN_FUNDERS = [
  'individual_initiative',
  'employer',
  'opco',
  'france_travail',
  'region',
  'personal_training_account',
  'transitions_pro',
  'other',
] as const;
export const APPROACH_ORIGINS = [
  'france_travail',
  'mission_locale',
  'employer',
  'opco',
  'self',
  'other',
] as const;
/** The overseas collectivities (COM): a birth there is neither abroad nor in a French département. */
export const OVERSEAS_COLLECTIVITIES = ['PF', 'NC', 'WF', 'PM', 'BL', 'MF'] as const;

const Name = z.string().trim().min(1).max(100);
const Goals = z.string().trim().max(2000);

const CandidateShape = z.object({
  civility: z.enum(['mr', 'mrs']),
  birthName: Name,
  usageName: Name.optional(),
  firstName: Name,
  birthDate: IsoDate,
  bornAbroad: z.boolean().default(false),
  bornInOverseasCollectivity: z.boolean().default(false),
  /** ISO 3166-1 alpha-2, only when born abroad. */
  birthCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'birthCountry: an ISO 3166-1 alpha-2 code such as MA')
    .optional(),
  birthCollectivity: z.enum(OVERSEAS_COLLECTIVITIES).optional(),
  birthCity: z.string().trim().min(1).max(100),
  /** Only when born in France (a département, overseas ones included). */
  birthPostalCode: z
    .string()
    .regex(/^\d{5}$/, 'birthPostalCode: 5 digits')
    .optional(),
  email: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase())
    .optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .()-]{6,20}$/, 'phone: 6–20 digits, spaces, dots or dashes')
    .optional(),
  /** Where the certificate is posted. */
  address: AddressSchema.optional(),
  registrationStatus: z.enum(REGISTRATION_STATUSES),
  /** Only for an employee: the branch that delegates, and whether the base is contextualised to it. */
  delegatedBranch: z.string().trim().min(1).max(200).optional(),
  contextualisedBase: z.boolean().optional(),
  publicType: z.enum(PUBLIC_TYPES).optional(),
  /** The European qualifications framework level, 1 to 8. */
  trainingLevel: z.number().int().min(1).max(8),
  mainFunder: z.enum(MAIN_FUNDERS),
  approachOrigin: z.enum(APPROACH_ORIGINS).optional(),
  professionalGoals: Goals.optional(),
  personalGoals: Goals.optional(),
});
export type CandidateFields = z.infer<typeof CandidateShape>;

type Issue = { path: string; message: string };

/**
 * The rules between fields: a birth place of exactly one kind, an employee's branch. Named issues,
 * so the edge answers 422 with each field.
 */
export function candidateFieldIssues(c: Partial<CandidateFields>, today = new Date()): Issue[] {
  const issues: Issue[] = [];
  const need = (field: keyof CandidateFields, when: string) => {
    if (c[field] === undefined) issues.push({ path: field, message: `${field} is required ${when}` });
  };
  const forbid = (field: keyof CandidateFields, when: string) => {
    if (c[field] !== undefined) issues.push({ path: field, message: `${field} must be left out ${when}` });
  };
  if (c.bornAbroad && c.bornInOverseasCollectivity)
    issues.push({
      path: 'bornInOverseasCollectivity',
      message: 'born abroad and in an overseas collectivity at once',
    });
  if (c.bornAbroad) {
    need('birthCountry', 'for a birth abroad');
    if (c.birthCountry === 'FR')
      issues.push({ path: 'birthCountry', message: 'a birth abroad is not in FR' });
    forbid('birthPostalCode', 'for a birth abroad');
    forbid('birthCollectivity', 'for a birth abroad');
  } else if (c.bornInOverseasCollectivity) {
    need('birthCollectivity', 'for a birth in an overseas collectivity');
    forbid('birthCountry', 'for a birth in an overseas collectivity');
  } else {
    need('birthPostalCode', 'for a birth in France');
    forbid('birthCountry', 'for a birth in France');
    forbid('birthCollectivity', 'for a birth in France');
  }
  if (c.registrationStatus === 'employee') {
    need('delegatedBranch', 'for an employee');
    need('contextualisedBase', 'for an employee');
  } else if (c.registrationStatus !== undefined) {
    forbid('delegatedBranch', 'unless the candidate is an employee');
    forbid('contextualisedBase', 'unless the candidate is an employee');
  }
  if (c.birthDate !== undefined) {
    const born = new Date(`${c.birthDate}T00:00:00Z`);
    const sixteen = new Date(Date.UTC(today.getUTCFullYear() - 16, today.getUTCMonth(), today.getUTCDate()));
    if (born > sixteen) issues.push({ path: 'birthDate', message: 'the candidate must be at least 16' });
    if (born.getUTCFullYear() < 1900) issues.push({ path: 'birthDate', message: 'birthDate is before 1900' });
  }
  return issues;
}

const withRules = <T extends z.ZodType<Partial<CandidateFields>>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    for (const issue of candidateFieldIssues(value))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

export const CreateCandidateRequestSchema = withRules(
  CandidateShape.extend({ establishmentId: z.string().min(1).max(64) }).strict(),
);

/** An edit sends the whole form again (the screen does): the same rules hold on the result. */
export const UpdateCandidateRequestSchema = withRules(
  CandidateShape.extend({
    candidateId: z.string().min(1).max(64),
    version: z.number().int().min(0),
  }).strict(),
);

export const CandidateSchema = CandidateShape.extend({
  id: z.string(),
  reference: z.string(),
  establishmentId: z.string(),
  establishmentName: z.string(),
  trainingOrganisationId: z.string(),
  networkId: z.string(),
  certifierId: z.string(),
  status: CandidacyStatusSchema,
  active: z.boolean(),
  abandonReason: z.string().optional(),
  /** Where the candidate's evaluation matrices, attendance certificates and proofs are uploaded. */
  filesContextId: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const CandidateListQuerySchema = sortablePageQuery([
  'reference',
  'birthName',
  'createdAt',
  'updatedAt',
])
  .extend({
    status: z
      .union([CandidacyStatusSchema, z.array(CandidacyStatusSchema)])
      .transform((s) => (Array.isArray(s) ? s : [s]))
      .optional(),
    establishmentId: z.string().min(1).max(64).optional(),
    /** The dossiers assigned to one jury session. */
    jurySessionId: z.string().min(1).max(64).optional(),
    active: queryFlag,
  })
  .strict();

/**
 * The search before a registration, across the whole platform: precise enough to find one person,
 * never a browse of other establishments' candidates. Either the dossier reference, or a name
 * with the birth date or the birth place.
 */
export const CandidateSearchQuerySchema = z
  .object({
    reference: z.string().trim().min(1).max(32).optional(),
    name: z.string().trim().min(2).max(100).optional(),
    birthDate: IsoDate.optional(),
    birthCountry: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    birthPostalCode: z
      .string()
      .regex(/^\d{5}$/)
      .optional(),
    birthCity: z.string().trim().min(1).max(100).optional(),
  })
  .strict();

/** What anyone searching sees of a candidate outside his perimeter: enough to ask for a transfer. */
export const CandidateSearchHitSchema = z.object({
  id: z.string(),
  reference: z.string(),
  birthName: z.string(),
  firstName: z.string(),
  birthDate: z.string(),
  establishmentName: z.string(),
  status: CandidacyStatusSchema,
  /** True when the candidate is within the searcher's perimeter: the full sheet is his to open. */
  mine: z.boolean(),
});

export const AbandonCandidacyRequestSchema = z
  .object({
    candidateId: z.string().min(1).max(64),
    reason: z.string().trim().min(3).max(500),
  })
  .strict();

/** The statuses as the screens and mails name them, in both languages. */
export const CANDIDACY_STATUS_LABELS = {
  fr: {
    awaiting_preliminary_evaluation: 'En attente d’évaluation préalable',
    awaiting_final_evaluation: 'En attente d’évaluation finale',
    to_send: 'À envoyer en certification',
    awaiting_certification: 'En attente de certification',
    awaiting_jury: 'En attente de jury',
    complement_requested: 'En attente de complément',
    completed: 'Candidature complétée',
    certified: 'Certifiée',
    not_certified: 'Non certifiée',
    abandoned: 'Candidature abandonnée',
  },
  en: {
    awaiting_preliminary_evaluation: 'Awaiting the preliminary evaluation',
    awaiting_final_evaluation: 'Awaiting the final evaluation',
    to_send: 'To be sent to certification',
    awaiting_certification: 'Awaiting certification',
    awaiting_jury: 'Awaiting the jury',
    complement_requested: 'Complements requested',
    completed: 'Candidacy completed',
    certified: 'Certified',
    not_certified: 'Not certified',
    abandoned: 'Candidacy abandoned',
  },
} as const satisfies Record<'fr' | 'en', Record<CandidacyStatus, string>>;
