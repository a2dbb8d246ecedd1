import { z } from 'zod';
import { DecisionOutcomeSchema } from '../events/dossier.events';
import { FileRulesSchema, QuestionnaireSchema } from '../questionnaire/questionnaire.schemas';

/**
 * A scheme (referential) as data, versioned, authored once by the platform and shared by every CB
 * (docs/domain/schemes.md#versioning). A published version never changes: a change is a new version.
 */

const slug = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a scheme id is a lowercase slug such as label-engagement');
export const SchemeIdSchema = slug;
export const SchemeVersionSchema = z
  .string()
  .max(32)
  .regex(/^\d+(\.\d+){0,3}$/, 'a version is dotted numbers such as 2024.1');

export const SchemeKindSchema = z.enum(['organisation', 'individual']);
export type SchemeKind = z.infer<typeof SchemeKindSchema>;

/** How an auditor checks a requirement ("méthode de contrôle", docs/domain/schemes.md#control-methods). */
export const ControlMethodSchema = z.enum([
  'documentary', // Vérification documentaire
  'interview', // Entretien
  'mystery_call', // Appel mystère
  'mystery_visit', // Visite mystère
  'mystery_web', // Web mystère
  'mystery_audit', // Audit mystère
  'observation', // Observation d'activité
]);
export type ControlMethod = z.infer<typeof ControlMethodSchema>;
export const CONTROL_METHOD_LABELS: Readonly<Record<ControlMethod, string>> = {
  documentary: 'Vérification documentaire',
  interview: 'Entretien',
  mystery_call: 'Appel mystère',
  mystery_visit: 'Visite mystère',
  mystery_web: 'Web mystère',
  mystery_audit: 'Audit mystère',
  observation: "Observation d'activité",
};

const levelId = z.string().min(1).max(16);
export const SchemeLevelSchema = z.strictObject({ id: levelId, label: z.string().min(1) });

export const RequirementSchema = z.strictObject({
  /** "1.1", "4.2.1". */
  id: z.string().regex(/^\d+(\.\d+)*$/, 'a requirement id is dotted numbers such as 1.1'),
  /** The requirement's lead sentence. */
  title: z.string().min(1),
  /** The full text, sub-items included, as written in the referential. */
  text: z.string().min(1),
  /** Per level: does the requirement apply ("X" in the Niv A / Niv B columns). */
  applicability: z.record(levelId, z.boolean()),
  referenceDocuments: z.array(z.string().min(1)),
  controlMethods: z.array(ControlMethodSchema).min(1),
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const ChapterSchema = z.strictObject({
  id: z.string().min(1).max(16),
  /** For AMARC: the service commitment itself. */
  title: z.string().min(1),
  requirements: z.array(RequirementSchema).min(1),
});

export const CycleSchema = z.strictObject({
  validityMonths: z.number().int().min(1).max(120),
  surveillance: z.strictObject({
    /**
     * One audit during the validity (the label: at 18 months) or one a year (AMARC):
     * docs/domain/schemes.md#surveillance-frequency.
     */
    kind: z.enum(['single', 'yearly']),
    /** Months after the certificate's start when a surveillance audit is due. */
    atMonths: z.array(z.number().int().min(1)).min(1),
  }),
  /**
   * The renewal application opens this many months before expiry
   * (docs/domain/organisation-certification.md#renewal-window).
   */
  renewalWindowMonths: z.number().int().min(0).max(24),
  /**
   * An audit is listed under "upcoming interventions" this many days before it
   * (docs/domain/organisation-certification.md#upcoming-interventions).
   */
  upcomingHorizonDays: z.number().int().min(1).max(365),
  /**
   * Auditors record findings within this many days after the audit
   * (docs/domain/organisation-certification.md#findings-deadline).
   */
  findingsDeadlineDays: z.number().int().min(1).max(120),
});
export type SchemeCycle = z.infer<typeof CycleSchema>;

export const ArchivePeriodSchema = z
  .strictObject({
    kind: z.string().min(1).max(64),
    years: z.number().int().min(1).optional(),
    months: z.number().int().min(1).optional(),
    /** No fixed period: the legal duration in force applies. */
    statutory: z.boolean().optional(),
    /** The rule as written in the referential. */
    description: z.string().min(1),
  })
  .refine((p) => p.years !== undefined || p.months !== undefined || p.statutory === true, {
    message: 'an archive period needs years, months or statutory: true',
  });

/**
 * The scheme's deadlines for complaints and appeals, in calendar days
 * (docs/domain/complaints-and-appeals.md#deadlines). Absent: the platform's defaults.
 */
export const ComplaintRulesSchema = z.strictObject({
  /** A complaint is taken in charge (or dismissed) within this many days of its receipt. */
  acknowledgeWithinDays: z.number().int().min(1).max(90),
  /** A complaint or an appeal is answered within this many days of its receipt. */
  answerWithinDays: z.number().int().min(1).max(365),
  /** A decision may be appealed within this many days of its notification. */
  appealWithinDays: z.number().int().min(1).max(365),
});
export type ComplaintRules = z.infer<typeof ComplaintRulesSchema>;

/** The fields of a scheme, without the cross-field checks (for response shapes that add fields). */
export const SchemeShape = z.strictObject({
  schemeId: slug,
  version: SchemeVersionSchema,
  title: z.string().min(1),
  kind: SchemeKindSchema,
  /** Who owns the referential (e.g. AMARC). */
  owner: z.string().optional(),
  levels: z.array(SchemeLevelSchema).min(1),
  chapters: z.array(ChapterSchema).min(1),
  cycle: CycleSchema,
  decisionOptions: z.strictObject({
    initial: z.array(DecisionOutcomeSchema).min(1),
    surveillance: z.array(DecisionOutcomeSchema).min(1),
  }),
  certificate: z.strictObject({
    templateId: z.string().min(1),
    mandatoryMentions: z.array(z.string().min(1)),
    /** Placeholders: {cb} (the CB's prefix), {scheme}, {year}, {seq:N} (zero-padded counter). */
    numberFormat: z.string().optional(),
    /**
     * The commitments communicated to customers, when the referential lists them
     * (docs/domain/schemes.md#communicated-commitments).
     */
    communicatedCommitments: z.array(z.string().min(1)).optional(),
  }),
  archive: z.array(ArchivePeriodSchema),
  documentRules: z.strictObject({ default: FileRulesSchema }),
  renewalDocuments: z.array(z.string().min(1)),
  /**
   * At renewal the applicant may choose a complementary audit instead of an initial one (a label
   * obtained as a complement to another certification); absent: initial only.
   */
  renewalComplementaryAudit: z.boolean().optional(),
  complaints: ComplaintRulesSchema.optional(),
  questionnaire: QuestionnaireSchema,
});

export const SchemeSchema = SchemeShape.superRefine((scheme, ctx) => {
  const levels = new Set(scheme.levels.map((l) => l.id));
  const ids = new Set<string>();
  scheme.chapters.forEach((chapter, c) =>
    chapter.requirements.forEach((requirement, r) => {
      const path = ['chapters', c, 'requirements', r];
      if (ids.has(requirement.id))
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'id'],
          message: `duplicate requirement ${requirement.id}`,
        });
      ids.add(requirement.id);
      const given = Object.keys(requirement.applicability);
      if (given.length !== levels.size || given.some((l) => !levels.has(l)))
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'applicability'],
          message: `applicability must name each level (${[...levels].join(', ')}) once`,
        });
      else if (!Object.values(requirement.applicability).some(Boolean))
        ctx.addIssue({ code: 'custom', path: [...path, 'applicability'], message: 'applies to no level' });
    }),
  );
  const { atMonths } = scheme.cycle.surveillance;
  if (atMonths.some((m) => m >= scheme.cycle.validityMonths))
    ctx.addIssue({
      code: 'custom',
      path: ['cycle', 'surveillance', 'atMonths'],
      message: 'surveillance audits fall within the validity',
    });
});
export type Scheme = z.infer<typeof SchemeSchema>;
/** What an author writes (defaults not applied yet). */
export type SchemeInput = z.input<typeof SchemeSchema>;

/** A scheme in lists: its latest published version and the versions that exist. */
export const SchemeSummarySchema = z.strictObject({
  schemeId: z.string(),
  version: z.string(),
  title: z.string(),
  kind: SchemeKindSchema,
  levels: z.array(SchemeLevelSchema),
  requirementCount: z.number().int(),
  questionCount: z.number().int(),
  versions: z.array(z.string()),
  publishedAt: z.string().datetime(),
});
export type SchemeSummary = z.infer<typeof SchemeSummarySchema>;

/** Compares dotted numeric versions ("2024.10" after "2024.9"). */
export function compareSchemeVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Whether a requirement binds a dossier at `level`. A dossier without a level (its scheme has only
 * one) is held to every requirement.
 */
export const appliesAt = (
  requirement: Pick<Requirement, 'applicability'>,
  level: string | undefined,
): boolean => level === undefined || requirement.applicability[level] === true;

/** All requirements in order. */
export const schemeRequirements = (scheme: Pick<Scheme, 'chapters'>): Requirement[] =>
  scheme.chapters.flatMap((c) => c.requirements);
