import { z } from 'zod';
import { FindingSeveritySchema } from '../events/dossier.events';
import { sortablePageQuery, queryFlag } from '../pagination';
import { trailEntryOf } from '../trail';
import { id } from '../fields';

/**
 * An appeal's life (docs/domain/complaints-and-appeals.md#appeal-lifecycle): lodged by the
 * organisation → investigating once the CB names a handler who took no part in the decision →
 * upheld (the decision is then reviewed through the dossier lifecycle → reviewed) or rejected with a
 * reasoned answer. The appellant may withdraw it until it is decided.
 */
export const APPEAL_STATUSES = [
  'lodged',
  'investigating',
  'upheld',
  'rejected',
  'reviewed',
  'withdrawn',
] as const;
export const AppealStatusSchema = z.enum(APPEAL_STATUSES);
export type AppealStatus = z.infer<typeof AppealStatusSchema>;

/** What may be appealed: a refusal, a suspension, a withdrawal, or how a finding was classified. */
export const AppealedDecisionSchema = z.enum([
  'refusal',
  'suspension',
  'withdrawal',
  'finding_classification',
]);
export type AppealedDecision = z.infer<typeof AppealedDecisionSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().min(0);

export const LodgeAppealRequestSchema = z
  .object({
    dossierId: id,
    decision: AppealedDecisionSchema,
    /** The contested finding, when the appeal is about a finding's classification. */
    findingId: id.optional(),
    grounds: text(10_000),
  })
  .strict()
  .refine((r) => (r.decision === 'finding_classification') === (r.findingId !== undefined), {
    message: 'name the finding (findingId) for a finding’s classification, and only then',
    path: ['findingId'],
  });

export const AppealTrailEntrySchema = trailEntryOf(AppealStatusSchema);

export const AppealSchema = z.object({
  id: z.string(),
  reference: z.string(),
  cbId: z.string(),
  organisationId: z.string(),
  dossierId: z.string(),
  dossierReference: z.string(),
  schemeId: z.string(),
  decision: AppealedDecisionSchema,
  /** The contested decision's id in the dossier, or the finding's id. */
  contestedId: z.string(),
  /** When the contested decision was taken: the appeal period runs from it. */
  contestedAt: z.string(),
  grounds: z.string(),
  lodgedBy: z.string(),
  status: AppealStatusSchema,
  version: z.number().int(),
  lodgedAt: z.string(),
  answerBy: z.string(),
  overdue: z.boolean(),
  /** The decision stays in force unless the CB suspends its effect until the appeal is decided. */
  effectSuspended: z.object({ at: z.string(), by: z.string(), reason: z.string() }).optional(),
  handlerId: z.string().optional(),
  assignedAt: z.string().optional(),
  answer: z.string().optional(),
  decidedAt: z.string().optional(),
  review: z.string().optional(),
  /** The classification the upheld appeal gives the contested finding (applied by the review). */
  severity: FindingSeveritySchema.optional(),
  closedAt: z.string().optional(),
  trail: z.array(AppealTrailEntrySchema).optional(),
});

export const AppealListQuerySchema = sortablePageQuery(['lodgedAt', 'answerBy', 'reference'])
  .extend({
    status: AppealStatusSchema.optional(),
    decision: AppealedDecisionSchema.optional(),
    dossierId: id.optional(),
    overdue: queryFlag,
  })
  .strict();

export const AssignAppealRequestSchema = z.object({ appealId: id, version, handlerId: id }).strict();
export const SuspendAppealEffectRequestSchema = z
  .object({ appealId: id, version, reason: text(5_000) })
  .strict();
export const DecideAppealRequestSchema = z.object({ appealId: id, version, answer: text(10_000) }).strict();
/**
 * Upholding an appeal on a finding's classification says which it takes (`severity`, then applied
 * on the finding by the review); the other decisions take none.
 */
export const UpholdAppealRequestSchema = DecideAppealRequestSchema.extend({
  severity: FindingSeveritySchema.optional(),
}).strict();
export const ReviewAppealRequestSchema = z
  .object({
    appealId: id,
    version,
    /** What the review did: for a suspension, the certificate is reinstated through the dossier lifecycle. */
    reason: text(5_000),
  })
  .strict();
export const WithdrawAppealRequestSchema = z.object({ appealId: id, version }).strict();
