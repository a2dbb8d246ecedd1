import { z } from 'zod';
import { CertificateStatusSchema } from '../certificates/certificate.schemas';
import { DecisionOutcomeSchema, DossierStatusSchema } from '../events/dossier.events';
import { PageQuerySchema, sortablePageQuery } from '../pagination';
import { AnswerSchema, AnswersSchema } from '../questionnaire/questionnaire.schemas';

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const date = z.string().date();
const at = z.string().datetime();

/** Answers keyed by question id; each value is the question type's answer plus an optional comment. */
export const DossierAnswersSchema = AnswersSchema;

export const DossierCertificateSchema = z.object({
  certificateId: z.string(),
  number: z.string(),
  validFrom: date,
  validUntil: date,
  status: CertificateStatusSchema,
  issuedAt: at,
});

export const DossierResponseSchema = z.object({
  id: z.string(),
  reference: z.string(),
  organisationId: z.string(),
  cbId: z.string(),
  analystId: z.string().optional(),
  schemeId: z.string(),
  schemeVersion: z.string(),
  level: z.string().optional(),
  status: DossierStatusSchema,
  version: z.number().int(),
  questionnaire: z.object({
    revision: z.number().int(),
    submittedAt: at.optional(),
    submittedBy: z.string().optional(),
  }),
  contract: z
    .object({ reference: z.string(), signedOn: date, documentId: z.string().optional(), recordedAt: at })
    .optional(),
  certificate: DossierCertificateSchema.optional(),
  cycle: z.object({
    surveillanceDue: z.array(date),
    renewalOpensOn: date.optional(),
    renewal: z
      .object({
        openedAt: at,
        changeOfCb: z.boolean(),
        auditType: z.enum(['renewal', 'initial']),
        newCbId: z.string().optional(),
        newDossierId: z.string().optional(),
      })
      .optional(),
    renewalOf: z
      .object({ dossierId: z.string(), certificateId: z.string(), cbId: z.string(), changeOfCb: z.boolean() })
      .optional(),
  }),
  complementaryRequested: z.enum(['documentary', 'on_site']).optional(),
  scopeChange: z
    .object({
      status: z.enum(['pending', 'decided']),
      description: z.string(),
      requestedAt: at,
      outcome: z.enum(['no_action', 'documentary_review', 'extra_audit']).optional(),
      decidedAt: at.optional(),
    })
    .optional(),
  closedReason: z.string().optional(),
  createdAt: at,
  updatedAt: at,
});
export type DossierResponse = z.infer<typeof DossierResponseSchema>;

export const QuestionnaireFindingSchema = z.object({
  id: z.string(),
  number: z.string(),
  questionId: z.string(),
  description: z.string(),
  status: z.enum(['open', 'answered', 'corrected', 'closed']),
  raisedAt: at,
  raisedBy: z.string(),
  response: z
    .object({
      correctiveAction: z.string().optional(),
      documentId: z.string().optional(),
      answeredAt: at,
      answeredBy: z.string(),
    })
    .optional(),
  closedAt: at.optional(),
  closedBy: z.string().optional(),
});

export const DecisionSchema = z.object({
  id: z.string(),
  kind: z.enum(['initial', 'surveillance', 'renewal']),
  outcome: DecisionOutcomeSchema,
  reason: z.string(),
  decidedBy: z.string(),
  decidedAt: at,
  certificateId: z.string().optional(),
});

export const TrailEntrySchema = z.object({
  at,
  who: z.string(),
  action: z.string(),
  what: z.string(),
  fromStatus: DossierStatusSchema,
  toStatus: DossierStatusSchema,
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.number(), pageSize: z.number(), total: z.number() });
const byDossier = z.object({ dossierId: id });
const reason = text(2000);

export const DossierRpc = {
  /** org_admin opens a dossier for a scheme (and level) with the CB of its choice. */
  'dossier.dossiers.create': {
    request: z
      .object({ schemeId: id, schemeVersion: id.optional(), level: id.optional(), cbId: id })
      .strict(),
    response: DossierResponseSchema,
  },
  'dossier.dossiers.get': { request: byDossier.strict(), response: DossierResponseSchema },
  /** Tenant-scoped search: a CB sees its dossiers, an applicant its own, an auditor those he audits. */
  'dossier.dossiers.search': {
    request: sortablePageQuery(['createdAt', 'updatedAt', 'reference', 'status'])
      .extend({
        status: z
          .union([DossierStatusSchema, z.array(DossierStatusSchema).max(17)])
          .transform((s) => (Array.isArray(s) ? s : [s]))
          .optional(),
        schemeId: id.optional(),
        cbId: id.optional(),
        organisationId: id.optional(),
        q: z.string().trim().min(1).max(64).optional(),
      })
      .strict(),
    response: page(DossierResponseSchema),
  },
  /** The audit trail of one dossier, newest first, for its CB and its applicant. */
  'dossier.dossiers.trail': {
    request: PageQuerySchema.extend({ dossierId: id }).strict(),
    response: page(TrailEntrySchema),
  },
  'dossier.dossiers.assign': {
    request: byDossier.extend({ analystId: id }).strict(),
    response: DossierResponseSchema,
  },
  'dossier.dossiers.abandon': {
    request: byDossier.extend({ reason }).strict(),
    response: DossierResponseSchema,
  },
  /** A draft save: `revision` is the one the client loaded; a stale one is refused (409). */
  'dossier.questionnaire.save': {
    request: byDossier.extend({ revision: z.number().int().min(0), answers: DossierAnswersSchema }).strict(),
    response: DossierResponseSchema,
  },
  'dossier.questionnaire.submit': {
    request: byDossier.extend({ revision: z.number().int().min(0).optional() }).strict(),
    response: DossierResponseSchema,
  },
  /** After answering the findings: back to the CB as "Questionnaire corrigé". */
  'dossier.questionnaire.resubmit': { request: byDossier.strict(), response: DossierResponseSchema },
  'dossier.questionnaire-findings.raise': {
    request: byDossier.extend({ questionId: id, description: text(4000) }).strict(),
    response: QuestionnaireFindingSchema,
  },
  'dossier.questionnaire-findings.answer': {
    request: byDossier
      .extend({
        findingId: id,
        correctiveAction: text(4000).optional(),
        /** The corrected answer of the finding's question (validated like a draft save). */
        correctedAnswer: AnswerSchema.optional(),
        documentId: id.optional(),
      })
      .strict()
      .refine(
        (r) => r.correctiveAction !== undefined || r.correctedAnswer !== undefined || r.documentId,
        'give a corrective action, a corrected answer or a document',
      ),
    response: QuestionnaireFindingSchema,
  },
  'dossier.questionnaire-findings.close': {
    request: byDossier.extend({ findingId: id }).strict(),
    response: QuestionnaireFindingSchema,
  },
  'dossier.questionnaire-findings.list': {
    request: byDossier.strict(),
    response: z.object({ items: z.array(QuestionnaireFindingSchema) }),
  },
  'dossier.admissibility.declare': { request: byDossier.strict(), response: DossierResponseSchema },
  'dossier.admissibility.refuse': {
    request: byDossier.extend({ reason }).strict(),
    response: DossierResponseSchema,
  },
  'dossier.contracts.record': {
    request: byDossier.extend({ reference: text(100), signedOn: date, documentId: id.optional() }).strict(),
    response: DossierResponseSchema,
  },
  /** decision_maker: the outcome must be one the scheme offers for the pending decision's kind. */
  'dossier.decisions.record': {
    request: byDossier.extend({ outcome: DecisionOutcomeSchema, reason }).strict(),
    response: z.object({ decision: DecisionSchema, dossier: DossierResponseSchema }),
  },
  'dossier.decisions.list': {
    request: byDossier.strict(),
    response: z.object({ items: z.array(DecisionSchema) }),
  },
  'dossier.certificates.suspend': {
    request: byDossier.extend({ reason }).strict(),
    response: DossierResponseSchema,
  },
  'dossier.certificates.reinstate': {
    request: byDossier.extend({ reason }).strict(),
    response: DossierResponseSchema,
  },
  'dossier.certificates.withdraw': {
    request: byDossier.extend({ reason }).strict(),
    response: DossierResponseSchema,
  },
  /**
   * org_admin, in the renewal window; another `cbId` turns the renewal into an initial audit
   * (docs/domain/organisation-certification.md#renewal-with-another-cb).
   */
  'dossier.renewals.open': {
    request: byDossier.extend({ cbId: id.optional() }).strict(),
    response: z.object({ dossier: DossierResponseSchema, newDossier: DossierResponseSchema.optional() }),
  },
  'dossier.scope-changes.request': {
    request: byDossier.extend({ description: text(4000), answers: DossierAnswersSchema.optional() }).strict(),
    response: DossierResponseSchema,
  },
  'dossier.scope-changes.decide': {
    request: byDossier
      .extend({ outcome: z.enum(['no_action', 'documentary_review', 'extra_audit']), reason })
      .strict(),
    response: DossierResponseSchema,
  },
} as const;
