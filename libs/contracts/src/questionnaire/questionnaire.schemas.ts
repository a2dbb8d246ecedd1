import { z } from 'zod';
import { safeText } from '../text';

/**
 * The admissibility questionnaire as data
 * (docs/domain/organisation-certification.md#admissibility-questionnaire). Framework-free: the dossier
 * service, the gateway's exports and the portal read the same shapes.
 */

export const QUESTION_TYPES = [
  'yes_no',
  'single_choice',
  'multiple_choice',
  'text',
  'long_text',
  'number',
  'date',
  'siret',
  'sites_table',
  'file',
  'file_from_template',
] as const;
export const QuestionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

/** What a condition compares an answer with: a yes/no answer, a choice value or a number. */
export const ConditionValueSchema = z.union([z.boolean(), z.string(), z.number()]);
export type ConditionValue = z.infer<typeof ConditionValueSchema>;

/**
 * When a question is shown, declared as data so that every reader evaluates it the same way
 * (visibility.ts). On a multiple choice, `equals` holds when the value is among those ticked and
 * `in` when any ticked value is in the list.
 */
export type Condition =
  | { questionId: string; equals: ConditionValue }
  | { questionId: string; in: ConditionValue[] }
  | { questionId: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const questionRef = z.string().min(1).max(64);
const RecursiveConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ questionId: questionRef, equals: ConditionValueSchema }),
    z.strictObject({ questionId: questionRef, in: z.array(ConditionValueSchema).min(1) }),
    z.strictObject({ questionId: questionRef, answered: z.boolean() }),
    z.strictObject({ all: z.array(RecursiveConditionSchema).min(1) }),
    z.strictObject({ any: z.array(RecursiveConditionSchema).min(1) }),
    z.strictObject({ not: RecursiveConditionSchema }),
  ]),
);
/**
 * The recursive schema behind an opaque edge: a recursive zod schema turns into JSON Schema `$defs`
 * that the generated OpenAPI document cannot resolve, so the document describes it in words.
 */
export const ConditionSchema = z
  .unknown()
  .transform((value, ctx): Condition => {
    const parsed = RecursiveConditionSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: value });
    return z.NEVER;
  })
  .meta({
    description:
      'A visibility condition: { questionId, equals } | { questionId, in: [...] } | { questionId, answered } | { all: [conditions] } | { any: [conditions] } | { not: condition }',
  });

export const MB = 1024 * 1024;

/**
 * Upload rules of a file question; the defaults are "jusqu'à 8 documents de 8 Mo chacun"
 * (docs/domain/schemes.md#document-rules).
 */
export const FileRulesSchema = z.strictObject({
  /** MIME types or extensions (".pdf"); empty: any type. */
  accept: z.array(z.string().min(1)).default([]),
  maxBytes: z
    .number()
    .int()
    .min(1)
    .max(100 * MB)
    .default(8 * MB),
  maxCount: z.number().int().min(1).max(50).default(8),
});
export type FileRules = z.infer<typeof FileRulesSchema>;

export const ChoiceOptionSchema = z.strictObject({
  value: z.string().min(1).max(64),
  label: z.string().min(1),
});

/**
 * Where a question's first answer comes from when a dossier is opened
 * (docs/domain/organisation-certification.md#pre-filled-questionnaire): the organisation's record in
 * the platform (identity, head office, contacts kept by its administrator, declared sites) and the
 * company registry. The applicant checks and completes; nothing is pre-filled over an answer.
 * `sites` fills a sites_table, `siret` a siret question, every other source a text or long text.
 */
export const PREFILL_SOURCES = [
  'siret',
  'legalName',
  'street',
  'postalCode',
  'city',
  'nafCode',
  'phone',
  'email',
  'legalRepresentative.name',
  'legalRepresentative.position',
  'legalRepresentative.email',
  'qualityContact.name',
  'qualityContact.email',
  'sites',
] as const;
export const PrefillSourceSchema = z.enum(PREFILL_SOURCES);
export type PrefillSource = z.infer<typeof PrefillSourceSchema>;

const base = {
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_.-]+$/, 'question ids are letters, digits, "_", "-" or "."'),
  /** What the portal and the exports print before the label (e.g. "43"). */
  number: z.string().max(16).optional(),
  label: z.string().min(1),
  help: z.string().optional(),
  required: z.boolean().default(false),
  visibleWhen: ConditionSchema.optional(),
  prefill: PrefillSourceSchema.optional(),
};

export const QuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('yes_no') }),
  z.strictObject({ ...base, type: z.literal('single_choice'), options: z.array(ChoiceOptionSchema).min(2) }),
  z.strictObject({
    ...base,
    type: z.literal('multiple_choice'),
    options: z.array(ChoiceOptionSchema).min(1),
    minSelected: z.number().int().min(0).optional(),
    maxSelected: z.number().int().min(1).optional(),
  }),
  z.strictObject({ ...base, type: z.literal('text'), maxLength: z.number().int().min(1).default(500) }),
  z.strictObject({
    ...base,
    type: z.literal('long_text'),
    maxLength: z.number().int().min(1).default(10_000),
  }),
  z.strictObject({
    ...base,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(false),
    unit: z.string().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('date'),
    min: z.iso.date().optional(),
    max: z.iso.date().optional(),
  }),
  z.strictObject({ ...base, type: z.literal('siret') }),
  z.strictObject({
    ...base,
    type: z.literal('sites_table'),
    minRows: z.number().int().min(0).default(0),
    maxRows: z.number().int().min(1).default(500),
    /**
     * The spreadsheet template sites may be imported from instead
     * (docs/domain/roles-and-tenancy.md#multi-site-organisations).
     */
    importTemplateDocumentId: z.string().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('file'),
    rules: FileRulesSchema.default(FileRulesSchema.parse({})),
  }),
  z.strictObject({
    ...base,
    type: z.literal('file_from_template'),
    /**
     * The provided template: only a completed copy of it is accepted, its format unchanged
     * (docs/domain/organisation-certification.md#question-types).
     */
    templateDocumentId: z.string().min(1),
    templateFileName: z.string().min(1),
    templateDescription: z.string().min(1),
    rules: FileRulesSchema.default(FileRulesSchema.parse({ maxCount: 1 })),
  }),
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export const QuestionnaireSectionSchema = z.strictObject({
  id: z.string().min(1).max(64),
  title: z.string().min(1),
  description: z.string().optional(),
  questions: z.array(QuestionSchema).min(1),
});
export type QuestionnaireSection = z.infer<typeof QuestionnaireSectionSchema>;

/**
 * Checked as a whole: ids unique, conditions name questions placed BEFORE them (which rules out
 * cycles and lets the portal evaluate top-down), compared values exist among the parent's options.
 */
export const QuestionnaireSchema = z
  .strictObject({
    title: z.string().min(1),
    sections: z.array(QuestionnaireSectionSchema).min(1),
  })
  .superRefine((questionnaire, ctx) => {
    const seen = new Map<string, Question>();
    const sectionIds = new Set<string>();
    questionnaire.sections.forEach((section, s) => {
      if (sectionIds.has(section.id))
        ctx.addIssue({
          code: 'custom',
          path: ['sections', s, 'id'],
          message: `duplicate section ${section.id}`,
        });
      sectionIds.add(section.id);
      section.questions.forEach((question, q) => {
        const path = ['sections', s, 'questions', q];
        if (seen.has(question.id))
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'id'],
            message: `duplicate question ${question.id}`,
          });
        if (question.prefill) {
          const wanted =
            question.prefill === 'sites'
              ? ['sites_table']
              : question.prefill === 'siret'
                ? ['siret']
                : ['text', 'long_text'];
          if (!wanted.includes(question.type))
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'prefill'],
              message: `${question.prefill} pre-fills a ${wanted.join(' or ')} question, not a ${question.type} one`,
            });
        }
        if (question.visibleWhen) {
          for (const problem of conditionProblems(question.visibleWhen, seen))
            ctx.addIssue({ code: 'custom', path: [...path, 'visibleWhen'], message: problem });
        }
        seen.set(question.id, question);
      });
    });
  });
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

function conditionProblems(condition: Condition, earlier: Map<string, Question>): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => conditionProblems(c, earlier));
  if ('any' in condition) return condition.any.flatMap((c) => conditionProblems(c, earlier));
  if ('not' in condition) return conditionProblems(condition.not, earlier);
  const parent = earlier.get(condition.questionId);
  if (!parent) return [`condition refers to ${condition.questionId}, which is not an earlier question`];
  const values = 'equals' in condition ? [condition.equals] : 'in' in condition ? condition.in : [];
  if (parent.type === 'single_choice' || parent.type === 'multiple_choice') {
    const options = new Set(parent.options.map((o) => o.value));
    return values
      .filter((v) => typeof v !== 'string' || !options.has(v))
      .map((v) => `condition compares ${condition.questionId} with ${String(v)}, not one of its options`);
  }
  if (parent.type === 'yes_no')
    return values
      .filter((v) => typeof v !== 'boolean')
      .map((v) => `condition compares yes/no ${condition.questionId} with ${String(v)}`);
  return [];
}

export const SiteRowSchema = z.strictObject({
  siret: z.string(),
  name: z.string(),
  role: z.enum(['site', 'subcontractor']),
});
export type SiteRow = z.infer<typeof SiteRowSchema>;

/**
 * One answer's value. yes_no: boolean; single_choice, text, long_text, date (YYYY-MM-DD), siret:
 * string; multiple_choice and file questions (document ids): string[]; number: number;
 * sites_table: rows; null: cleared. Which one a question takes is checked by validateAnswers.
 */
export const AnswerValueSchema = z.union([
  z.null(),
  z.boolean(),
  z.number(),
  safeText(z.string().max(100_000)),
  z.array(safeText(z.string().max(1_000))).max(500),
  z.array(SiteRowSchema).max(500),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AnswerSchema = z.strictObject({
  value: AnswerValueSchema,
  /**
   * The optional comment every answer may carry (docs/domain/organisation-certification.md#question-types).
   */
  comment: safeText(z.string().max(5_000)).optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** Answers by question id. */
export const AnswersSchema = z.record(z.string().min(1).max(64), AnswerSchema);
export type Answers = z.infer<typeof AnswersSchema>;
