import { z } from 'zod';
import { sortablePageQuery, queryFlag } from '../pagination';
import { PrincipalSchema } from '../principal';
import { TenantTypeSchema } from '../roles';
import type { FileKind } from '../rpc/document.rpc';
import { endNotBefore } from '../period';
import { trailEntryOf } from '../trail';
import { id } from '../fields';

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

/**
 * What a complaint's files may be, the staff's evidence and the complainant's own alike: checked on
 * their content by the document service, and shown to the complainant before any upload.
 */
export const COMPLAINT_FILE_RULES = {
  accept: ['pdf', 'png', 'jpeg', 'docx', 'doc', 'odt', 'xlsx', 'xls', 'ods', 'zip'] as FileKind[],
  maxBytes: 10 * 1024 ** 2,
  maxCount: 30,
};

/**
 * A short-lived authorisation to attach files to one complaint, given to whoever holds its follow
 * link (and to whoever just lodged it): `POST /api/v1/complaint-uploads/{authorisation}`.
 */
export const ComplaintUploadGrantSchema = z.object({
  authorisation: z.string(),
  expiresAt: z.string(),
});
export type ComplaintUploadGrant = z.infer<typeof ComplaintUploadGrantSchema>;

export const LodgedComplaintSchema = z.object({
  reference: z.string(),
  receivedAt: z.string(),
  /** By when the CB takes it in charge or says why it does not. */
  acknowledgeBy: z.string(),
  /** To attach files at once, before the acknowledgement mail arrives. */
  upload: ComplaintUploadGrantSchema,
});

/** Where a complainant's upload goes and as whom the document service sees it (the gateway's question). */
export const AuthoriseComplaintUploadRequestSchema = z
  .object({ authorisation: z.string().min(20).max(512) })
  .strict();
export const ComplaintUploadTargetSchema = z.object({
  contextId: z.string(),
  /** Names the complaint's complainant alone: the one writer of that context. */
  uploader: PrincipalSchema,
});

/**
 * How the CB answered the complaint: when it took it in charge, why it dismissed it, or the outcome
 * it answered and when the case closed. The staff and the complainant read the same.
 */
const ComplaintAnswerShape = {
  acknowledgedAt: z.string().optional(),
  dismissalReason: z.string().optional(),
  outcome: ComplaintOutcomeSchema.optional(),
  answer: z.string().optional(),
  closedAt: z.string().optional(),
};

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
  /**
   * The account of a complainant who lodged signed in (an organisation about its CB, a partner):
   * part of the complainant's identity, for the CB staff handling it alone.
   */
  lodgedBy: z.object({ userId: z.string(), tenantType: TenantTypeSchema, tenantId: z.string() }).optional(),
  status: ComplaintStatusSchema,
  version: z.number().int(),
  receivedAt: z.string(),
  acknowledgeBy: z.string(),
  answerBy: z.string(),
  /** Past the deadline of its current step (taking in charge, then answering). */
  overdue: z.boolean(),
  /** The scheme whose deadlines apply (from the certificate or the dossier concerned). */
  schemeId: z.string().optional(),
  /** The dossier of the organisation concerned, once the CB named it. */
  dossierId: z.string().optional(),
  organisationId: z.string().optional(),
  /** What the complaint led the CB to do on that dossier. */
  actions: z
    .array(
      z.object({
        kind: ComplaintActionKindSchema,
        dossierId: z.string(),
        at: z.string(),
        by: z.string(),
        auditId: z.string().optional(),
      }),
    )
    .optional(),
  handlerId: z.string().optional(),
  /**
   * The upload context of the complaint's evidence (the document service's), for the CB staff
   * handling it; closed with the complaint.
   */
  evidenceContextId: z.string(),
  /** The files the complainant attached (readable by the same staff; the complainant alone adds to it). */
  complainantFilesContextId: z.string(),
  ...ComplaintAnswerShape,
  trail: z.array(trailEntryOf(ComplaintStatusSchema)).optional(),
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
    overdue: queryFlag,
  })
  .strict();

const version = z.number().int().min(0);

export const AcknowledgeComplaintRequestSchema = z
  .object({
    complaintId: id,
    version,
    handlerId: id,
    /**
     * The dossier of the certified organisation the complaint is about: the organisation is told of
     * the complaint (never of who lodged it) and the complaint's actions apply to that dossier.
     */
    dossierId: id.optional(),
  })
  .strict();
export const DismissComplaintRequestSchema = z
  .object({ complaintId: id, version, reason: text(5_000) })
  .strict();
export const AnswerComplaintRequestSchema = z
  .object({ complaintId: id, version, outcome: ComplaintOutcomeSchema, answer: text(10_000) })
  .strict();

const day = z.string().date();

/** A complementary audit the complaint leads to, on the dossier named when it was taken in charge. */
export const ComplaintAuditRequestSchema = z
  .object({
    complaintId: id,
    version,
    type: z.enum(['complementary_documentary', 'complementary_on_site']),
    startDate: day,
    endDate: day,
    auditorIds: z.array(id).min(1).max(10),
  })
  .strict()
  .refine(...endNotBefore('startDate', 'endDate'));

/** The suspension of the certificate the complaint is about. */
export const ComplaintSuspensionRequestSchema = z
  .object({ complaintId: id, version, reason: text(2_000) })
  .strict();

/**
 * What the person who lodged a complaint sees through the private link of the acknowledgement mail:
 * their own case, without the CB's internal handling (who handles it, the trail).
 */
export const ComplaintFollowSchema = z.object({
  reference: z.string(),
  subject: z.string(),
  status: ComplaintStatusSchema,
  receivedAt: z.string(),
  acknowledgeBy: z.string(),
  answerBy: z.string(),
  ...ComplaintAnswerShape,
  /** The files the complainant attached, by name (never the staff's evidence). */
  files: z.array(z.object({ name: z.string(), size: z.number(), uploadedAt: z.string() })),
  /** While the complaint is open: to attach more files. */
  upload: ComplaintUploadGrantSchema.optional(),
});

/** The register's figures, for the CB (its own) and the platform admin (one CB or all). */
export const ComplaintStatisticsQuerySchema = z
  .object({
    cbId: id.optional(),
    /** Lodged on or after this day / on or before this day (YYYY-MM-DD, UTC). */
    from: day.optional(),
    to: day.optional(),
  })
  .strict();

const counts = z.record(z.string(), z.number().int());
export const ComplaintStatisticsSchema = z.object({
  complaints: z.object({
    total: z.number().int(),
    overdue: z.number().int(),
    byStatus: counts,
    byAbout: counts,
    byScheme: counts,
    byOutcome: counts,
    /** Mean days from receipt to taking in charge, and to closure (null: none yet). */
    meanDaysToAcknowledge: z.number().nullable(),
    meanDaysToClose: z.number().nullable(),
  }),
  appeals: z.object({
    total: z.number().int(),
    overdue: z.number().int(),
    byStatus: counts,
    byDecision: counts,
    byScheme: counts,
    meanDaysToDecide: z.number().nullable(),
  }),
});
