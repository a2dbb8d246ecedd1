import { z } from 'zod';
import { actorsOf } from '../lifecycles/lifecycle-table';
import { DOSSIER_DECISION_ACTIONS, DOSSIER_LIFECYCLE } from '../lifecycles/dossier.table';
import { textOf } from '../text';
import { CertificateStatusSchema } from '../certificates/certificate.schemas';
import { DecisionOutcomeSchema, DossierStatusSchema, FindingSeveritySchema } from '../events/dossier.events';
import { PageQuerySchema, pageOf, sortablePageQuery, queryFlag } from '../pagination';
import { AnswerSchema, AnswersSchema } from '../questionnaire/questionnaire.schemas';
import { id } from '../fields';

const text = textOf;
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

/**
 * The scheme's renewal documents, by position `n` (1-based) in its list, as the applicant filed
 * them and the analyst checked them.
 */
const RenewalDocumentsSchema = z
  .array(
    z.object({
      n: z.number().int(),
      label: z.string(),
      documentId: z.string().optional(),
      status: z.enum(['missing', 'submitted', 'accepted', 'rejected']),
      reason: z.string().optional(),
    }),
  )
  .optional();

export const DossierResponseSchema = z.object({
  id: z.string(),
  reference: z.string(),
  organisationId: z.string(),
  /** The organisation's name when the dossier was opened: what the CB's staff read in their queue. */
  holderName: z.string().optional(),
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
  /**
   * The commercial offer (docs/domain/organisation-certification.md#commercial-offer): the CB's
   * document, then the copy the applicant returned signed; both documents of the contract context.
   */
  offer: z
    .object({
      reference: z.string(),
      documentId: z.string(),
      sentAt: at,
      signedDocumentId: z.string().optional(),
      signedAt: at.optional(),
    })
    .optional(),
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
        /** The applicant's choice (docs/domain/organisation-certification.md#renewal-audit-choice). */
        auditChoice: z.enum(['initial', 'complementary']).optional(),
        newCbId: z.string().optional(),
        newDossierId: z.string().optional(),
        /** With the same CB (with another one, the new dossier's `renewalOf` carries them). */
        documents: RenewalDocumentsSchema,
      })
      .optional(),
    renewalOf: z
      .object({
        dossierId: z.string(),
        certificateId: z.string(),
        cbId: z.string(),
        changeOfCb: z.boolean(),
        /** With another CB: the renewal's documents, checked by the new CB before its initial audit. */
        documents: RenewalDocumentsSchema,
      })
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
  /** In searches only: the dossier's open audit findings whose due date has passed. */
  overdueFindings: z.number().int().optional(),
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

const byDossier = z.object({ dossierId: id });
const reason = text(2000);
/** The most dossiers one bulk assignment takes: one page of the queue. */
export const MAX_BULK_ASSIGNMENT = 100;

export const DossierRpc = {
  /** org_admin opens a dossier for a scheme (and level) with the CB of its choice. */
  'dossier.dossiers.create': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers',
      status: 201,
      roles: ['org_admin'],
      tag: 'dossiers',
      summary: 'Open a dossier: scheme, level and certification body',
    },
    request: z
      .object({ schemeId: id, schemeVersion: id.optional(), level: id.optional(), cbId: id })
      .strict(),
    response: DossierResponseSchema,
  },
  'dossier.dossiers.get': {
    http: { method: 'GET', path: '/api/v1/dossiers/{dossierId}', tag: 'dossiers', summary: 'One dossier' },
    request: byDossier.strict(),
    response: DossierResponseSchema,
  },
  /** Tenant-scoped search: a CB sees its dossiers, an applicant its own, an auditor those he audits. */
  'dossier.dossiers.search': {
    http: {
      method: 'GET',
      path: '/api/v1/dossiers',
      tag: 'dossiers',
      summary:
        'Dossiers of the caller’s scope by status, scheme, level, CB, organisation, analyst, overdue findings or reference (or holder name)',
    },
    request: sortablePageQuery(['createdAt', 'updatedAt', 'reference', 'status', 'analystId', 'holderName'])
      .extend({
        status: z
          .union([DossierStatusSchema, z.array(DossierStatusSchema).max(17)])
          .transform((s) => (Array.isArray(s) ? s : [s]))
          .optional(),
        schemeId: id.optional(),
        cbId: id.optional(),
        organisationId: id.optional(),
        level: id.optional(),
        /** An analyst's id, or `none` for the dossiers nobody instructs yet. */
        analystId: id.optional(),
        /** true: only dossiers with an open audit finding past its due date; false: only those without. */
        overdue: queryFlag,
        /** Part of the reference or of the holder's name, case-insensitive. */
        q: z.string().trim().min(1).max(64).optional(),
      })
      .strict(),
    response: pageOf(DossierResponseSchema),
  },
  /** The audit trail of one dossier, newest first, for its CB and its applicant. */
  'dossier.dossiers.trail': {
    http: {
      method: 'GET',
      path: '/api/v1/dossiers/{dossierId}/trail',
      tag: 'dossiers',
      summary: 'The audit trail of a dossier (who, when, what, before/after), newest first',
    },
    request: PageQuerySchema.extend({ dossierId: id }).strict(),
    response: pageOf(TrailEntrySchema),
  },
  'dossier.dossiers.assign': {
    http: {
      method: 'PUT',
      path: '/api/v1/dossiers/{dossierId}/analyst',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'assign'),
      tag: 'dossiers',
      summary: 'Assign the dossier to an analyst of the CB',
    },
    request: byDossier.extend({ analystId: id }).strict(),
    response: DossierResponseSchema,
  },
  /** cb_admin: one analyst for many dossiers; each dossier succeeds or fails on its own. */
  'dossier.dossiers.assign-many': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/analyst-assignments',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'assign'),
      tag: 'dossiers',
      summary: 'Assign several dossiers to one analyst of the CB; the answer says the outcome per dossier',
    },
    request: z
      .object({
        analystId: id,
        dossierIds: z
          .array(id)
          .min(1)
          .max(MAX_BULK_ASSIGNMENT)
          .refine((ids) => new Set(ids).size === ids.length, 'each dossier once'),
      })
      .strict(),
    response: z.object({
      items: z.array(
        z.object({
          dossierId: z.string(),
          assigned: z.boolean(),
          dossier: DossierResponseSchema.optional(),
          error: z.object({ code: z.string(), message: z.string() }).optional(),
        }),
      ),
    }),
  },
  'dossier.dossiers.abandon': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/abandon',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'abandon'),
      tag: 'dossiers',
      summary: 'Abandon the application (before the contract)',
    },
    request: byDossier.extend({ reason }).strict(),
    response: DossierResponseSchema,
  },
  /** A draft save: `revision` is the one the client loaded; a stale one is refused (409). */
  'dossier.questionnaire.save': {
    http: {
      method: 'PUT',
      path: '/api/v1/dossiers/{dossierId}/questionnaire',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'save_questionnaire'),
      tag: 'dossiers',
      summary: 'Save a draft of the questionnaire (409 when another save came first)',
    },
    request: byDossier.extend({ revision: z.number().int().min(0), answers: DossierAnswersSchema }).strict(),
    response: DossierResponseSchema,
  },
  'dossier.questionnaire.submit': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/questionnaire/submit',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'submit_questionnaire'),
      tag: 'dossiers',
      summary: 'Submit the questionnaire (422 lists every missing required question)',
    },
    request: byDossier.extend({ revision: z.number().int().min(0).optional() }).strict(),
    response: DossierResponseSchema,
  },
  /** After answering the findings: back to the CB as "Questionnaire corrigé". */
  'dossier.questionnaire.resubmit': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/questionnaire/resubmit',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'resubmit_questionnaire'),
      tag: 'dossiers',
      summary: 'Send the corrected questionnaire back to the CB',
    },
    request: byDossier.strict(),
    response: DossierResponseSchema,
  },
  'dossier.questionnaire-findings.raise': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/questionnaire/findings',
      status: 201,
      roles: actorsOf(DOSSIER_LIFECYCLE, 'raise_questionnaire_finding'),
      tag: 'dossiers',
      summary: 'Raise a finding on a questionnaire answer',
    },
    request: byDossier.extend({ questionId: id, description: text(4000) }).strict(),
    response: QuestionnaireFindingSchema,
  },
  'dossier.questionnaire-findings.answer': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/questionnaire/findings/{findingId}/answer',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'answer_questionnaire_finding'),
      tag: 'dossiers',
      summary: 'Answer a questionnaire finding',
    },
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
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/questionnaire/findings/{findingId}/close',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'close_questionnaire_finding'),
      tag: 'dossiers',
      summary: 'Close a corrected questionnaire finding',
    },
    request: byDossier.extend({ findingId: id }).strict(),
    response: QuestionnaireFindingSchema,
  },
  'dossier.questionnaire-findings.list': {
    http: {
      method: 'GET',
      path: '/api/v1/dossiers/{dossierId}/questionnaire/findings',
      tag: 'dossiers',
      summary: 'Findings on questionnaire answers',
    },
    request: byDossier.strict(),
    response: z.object({ items: z.array(QuestionnaireFindingSchema) }),
  },
  'dossier.admissibility.declare': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/admissibility',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'declare_admissible'),
      tag: 'dossiers',
      summary: 'Declare the questionnaire admissible',
    },
    request: byDossier.strict(),
    response: DossierResponseSchema,
  },
  'dossier.admissibility.refuse': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/refusal',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'refuse_admissibility'),
      tag: 'dossiers',
      summary: 'Refuse the application',
    },
    request: byDossier.extend({ reason }).strict(),
    response: DossierResponseSchema,
  },
  /** The CB sends (or revises, until it comes back signed) the commercial offer of an admissible dossier. */
  'dossier.offers.send': {
    http: {
      method: 'PUT',
      path: '/api/v1/dossiers/{dossierId}/offer',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'send_offer'),
      tag: 'dossiers',
      summary: 'Send the commercial offer: a document the CB uploaded into the dossier’s contract context',
    },
    request: byDossier.extend({ reference: text(100), documentId: id }).strict(),
    response: DossierResponseSchema,
  },
  /** The applicant returns the offer signed: a document it uploaded into the contract context. */
  'dossier.offers.sign': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/offer/signed',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'return_signed_offer'),
      tag: 'dossiers',
      summary: 'Return the commercial offer signed',
    },
    request: byDossier.extend({ documentId: id }).strict(),
    response: DossierResponseSchema,
  },
  /**
   * Once an offer was sent, the contract is recorded only after it came back signed; the signed
   * offer is then the contract's document unless another one is given.
   */
  'dossier.contracts.record': {
    http: {
      method: 'PUT',
      path: '/api/v1/dossiers/{dossierId}/contract',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'record_contract'),
      tag: 'dossiers',
      summary: 'Record the signed contract',
    },
    request: byDossier.extend({ reference: text(100), signedOn: date, documentId: id.optional() }).strict(),
    response: DossierResponseSchema,
  },
  /** decision_maker: the outcome must be one the scheme offers for the pending decision's kind. */
  'dossier.decisions.record': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/decisions',
      status: 201,
      roles: actorsOf(DOSSIER_LIFECYCLE, ...DOSSIER_DECISION_ACTIONS),
      tag: 'dossiers',
      summary: 'Record a decision (never by an auditor of the dossier)',
    },
    request: byDossier.extend({ outcome: DecisionOutcomeSchema, reason }).strict(),
    response: z.object({ decision: DecisionSchema, dossier: DossierResponseSchema }),
  },
  'dossier.decisions.list': {
    http: {
      method: 'GET',
      path: '/api/v1/dossiers/{dossierId}/decisions',
      tag: 'dossiers',
      summary: 'Decisions taken on the dossier',
    },
    request: byDossier.strict(),
    response: z.object({ items: z.array(DecisionSchema) }),
  },
  'dossier.certificates.suspend': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/certificate/suspension',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'suspend'),
      tag: 'dossiers',
      summary: 'Suspend the certificate',
    },
    request: byDossier.extend({ reason }).strict(),
    response: DossierResponseSchema,
  },
  'dossier.certificates.reinstate': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/certificate/reinstatement',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'reinstate'),
      tag: 'dossiers',
      summary: 'Reinstate a suspended certificate',
    },
    request: byDossier.extend({ reason }).strict(),
    response: DossierResponseSchema,
  },
  'dossier.certificates.withdraw': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/certificate/withdrawal',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'withdraw'),
      tag: 'dossiers',
      summary: 'Withdraw the certificate',
    },
    request: byDossier.extend({ reason }).strict(),
    response: DossierResponseSchema,
  },
  /**
   * The review of a decision an upheld appeal sends back (docs/domain/complaints-and-appeals.md#review):
   * asked by the complaints service alone, which holds the appeal, as the decision maker reviewing it.
   * A refusal goes back to the step it ended, a suspension or a withdrawal gives the certificate
   * back, a finding takes the classification the review gives it.
   */
  'dossier.appeals.review': {
    request: byDossier
      .extend({
        appealReference: z.string().min(1).max(64),
        decision: z.enum(['refusal', 'suspension', 'withdrawal', 'finding_classification']),
        contestedId: id,
        reason,
        /** The finding's classification after review (finding_classification only). */
        severity: FindingSeveritySchema.optional(),
      })
      .strict()
      .refine((r) => (r.decision === 'finding_classification') === (r.severity !== undefined), {
        message: 'give the finding’s severity after review, for a finding’s classification only',
        path: ['severity'],
      }),
    response: DossierResponseSchema,
  },
  /**
   * org_admin, in the renewal window; another `cbId` turns the renewal into an initial audit
   * (docs/domain/organisation-certification.md#renewal-with-another-cb).
   */
  'dossier.renewals.open': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/renewal',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'open_renewal'),
      tag: 'dossiers',
      summary: 'Open the renewal (another cbId: an initial audit with that CB)',
    },
    request: byDossier
      .extend({ cbId: id.optional(), auditChoice: z.enum(['initial', 'complementary']).optional() })
      .strict(),
    response: z.object({ dossier: DossierResponseSchema, newDossier: DossierResponseSchema.optional() }),
  },
  /** The applicant files renewal documents (uploaded into `dossier:<id>:renewal`); a filed one is checked again. */
  'dossier.renewals.documents.submit': {
    http: {
      method: 'PUT',
      path: '/api/v1/dossiers/{dossierId}/renewal/documents',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'submit_renewal_documents'),
      tag: 'dossiers',
      summary: 'File the documents the renewal requires (by their position in the scheme’s list)',
    },
    request: byDossier
      .extend({
        documents: z
          .array(z.object({ n: z.coerce.number().int().min(1).max(50), documentId: id }).strict())
          .min(1)
          .max(50),
      })
      .strict(),
    response: DossierResponseSchema,
  },
  /** The analyst accepts or rejects (with a reason) each filed renewal document. */
  'dossier.renewals.documents.review': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/renewal/documents/review',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'review_renewal_documents'),
      tag: 'dossiers',
      summary: 'Accept or reject the renewal documents filed; the renewal audit waits for all of them',
    },
    request: byDossier
      .extend({
        reviews: z
          .array(
            z
              .object({
                n: z.coerce.number().int().min(1).max(50),
                accepted: z.boolean(),
                reason: text(2000).optional(),
              })
              .strict(),
          )
          .min(1)
          .max(50),
      })
      .strict(),
    response: DossierResponseSchema,
  },
  'dossier.scope-changes.request': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/scope-changes',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'request_scope_change'),
      tag: 'dossiers',
      summary: 'Declare a change of scope of a certified dossier',
    },
    request: byDossier.extend({ description: text(4000), answers: DossierAnswersSchema.optional() }).strict(),
    response: DossierResponseSchema,
  },
  'dossier.scope-changes.decide': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/scope-changes/decision',
      roles: actorsOf(DOSSIER_LIFECYCLE, 'decide_scope_change'),
      tag: 'dossiers',
      summary: 'Decide what a declared change of scope takes',
    },
    request: byDossier
      .extend({ outcome: z.enum(['no_action', 'documentary_review', 'extra_audit']), reason })
      .strict(),
    response: DossierResponseSchema,
  },
} as const;
