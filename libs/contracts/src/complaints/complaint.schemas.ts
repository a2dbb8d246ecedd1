import { z } from 'zod';
import { sortablePageQuery } from '../pagination';

/**
 * A complaint's life (docs/domain/complaints-and-appeals.md): received (the complainant has its
 * reference at once) → investigating (the CB took it in charge: it concerns its certification
 * activity, a handler is named) → closed with an outcome and a reasoned answer; or dismissed when it
 * does not concern the CB's certification activity, with the reason.
 */
export const COMPLAINT_STATUSES = ['received', 'investigating', 'dismissed', 'closed'] as const;
export const ComplaintStatusSchema = z.enum(COMPLAINT_STATUSES);
export type ComplaintStatus = z.infer<typeof ComplaintStatusSchema>;

/** What the complaint is about: an organisation the CB certified, the CB itself, or anything else. */
export const ComplaintAboutSchema = z.enum(['certified_organisation', 'certification_body', 'other']);
export const ComplaintOutcomeSchema = z.enum(['upheld', 'partially_upheld', 'not_upheld']);
/** What a complaint may lead the CB to do on the dossier of the organisation concerned. */
export const ComplaintActionKindSchema = z.enum(['complementary_audit', 'suspension']);

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

export const ComplainantSchema = z
  .object({
    name: text(120),
    email: z.string().trim().toLowerCase().email().max(254),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ().-]{5,24}$/, 'phone number is not valid')
      .optional(),
    organisation: text(200).optional(),
  })
  .strict();

/** Anyone may lodge a complaint, without an account (from a certificate's public page, for example). */
export const LodgeComplaintRequestSchema = z
  .object({
    cbId: id,
    about: ComplaintAboutSchema,
    /** The certificate concerned, when the complaint is about a certified organisation. */
    certificateNumber: text(64).optional(),
    organisationName: text(200).optional(),
    subject: text(200),
    facts: text(10_000),
    complainant: ComplainantSchema,
    locale: z.enum(['fr', 'en']).default('fr'),
  })
  .strict();

export const LodgedComplaintSchema = z.object({
  reference: z.string(),
  receivedAt: z.string(),
  /** By when the CB takes it in charge or says why it does not. */
  acknowledgeBy: z.string(),
});

/** A complaint as the CB staff handling it see it (the complainant's identity included). */
export const ComplaintSchema = z.object({
  id: z.string(),
  reference: z.string(),
  cbId: z.string(),
  about: ComplaintAboutSchema,
  certificateNumber: z.string().optional(),
  organisationName: z.string().optional(),
  subject: z.string(),
  facts: z.string(),
  complainant: ComplainantSchema,
  status: ComplaintStatusSchema,
  version: z.number().int(),
  receivedAt: z.string(),
  acknowledgeBy: z.string(),
  answerBy: z.string(),
  /** Past the deadline of its current step (taking in charge, then answering). */
  overdue: z.boolean(),
  handlerId: z.string().optional(),
  acknowledgedAt: z.string().optional(),
  dismissalReason: z.string().optional(),
  outcome: ComplaintOutcomeSchema.optional(),
  answer: z.string().optional(),
  closedAt: z.string().optional(),
  trail: z
    .array(
      z.object({
        at: z.string(),
        by: z.string(),
        action: z.string(),
        from: ComplaintStatusSchema.optional(),
        to: ComplaintStatusSchema,
        what: z.string(),
      }),
    )
    .optional(),
});

export const ComplaintListQuerySchema = sortablePageQuery([
  'receivedAt',
  'acknowledgeBy',
  'answerBy',
  'reference',
])
  .extend({
    status: ComplaintStatusSchema.optional(),
    about: ComplaintAboutSchema.optional(),
    overdue: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .strict();

const version = z.number().int().min(0);

export const AcknowledgeComplaintRequestSchema = z
  .object({ complaintId: id, version, handlerId: id })
  .strict();
export const DismissComplaintRequestSchema = z
  .object({ complaintId: id, version, reason: text(5_000) })
  .strict();
export const AnswerComplaintRequestSchema = z
  .object({ complaintId: id, version, outcome: ComplaintOutcomeSchema, answer: text(10_000) })
  .strict();
