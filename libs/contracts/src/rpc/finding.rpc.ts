import { z } from 'zod';
import { actorsOf } from '../lifecycles/lifecycle-table';
import { AUDIT_TABLE } from '../lifecycles/audit.table';
import { FINDING_TABLE } from '../lifecycles/finding.table';
import { textOf } from '../text';
import { AuditTypeSchema, FindingSeveritySchema } from '../events/dossier.events';
import { ControlMethodSchema } from '../schemes/scheme.schemas';
import { PageQuerySchema, pageOf, sortablePageQuery, queryFlag } from '../pagination';
import { trailEntryOf } from '../trail';
import { id } from '../fields';

const day = z.string().date();
const version = z.coerce.number().int().min(0);
const text = textOf(5000);

/**
 * The steps of a non-conformity (docs/domain/organisation-certification.md#audit-findings): recorded by the
 * auditor → confirmed (or rejected) by the analyst → corrective measures (MC) requested, sent, reviewed →
 * material proofs (PM) requested, sent, reviewed → closed.
 */
export const FINDING_STATUSES = [
  'recorded',
  'rejected',
  'confirmed',
  'measures_requested',
  'measures_sent',
  'measures_clarification',
  'measures_accepted',
  'proofs_requested',
  'proofs_sent',
  'proofs_clarification',
  'closed',
] as const;
export const FindingStatusSchema = z.enum(FINDING_STATUSES);
export type FindingStatus = z.infer<typeof FindingStatusSchema>;

/** A corrective measure or a material proof: drafted, marked ready, sent, then reviewed. */
export const FindingItemKindSchema = z.enum(['measure', 'proof']);
export type FindingItemKind = z.infer<typeof FindingItemKindSchema>;
export const FindingItemStatusSchema = z.enum(['draft', 'sent', 'accepted', 'clarification_requested']);

export const FindingItemSchema = z.object({
  id: z.string(),
  kind: FindingItemKindSchema,
  status: FindingItemStatusSchema,
  /**
   * Marked "prête à envoyer": only ready drafts leave with the next batch
   * (docs/domain/organisation-certification.md#ready-items-and-batch-send).
   */
  ready: z.boolean(),
  text: z.string(),
  /** Proof documents: ids of the finding's proofs context, checked by the document service and frozen once sent. */
  documentIds: z.array(z.string()),
  /** The analyst's request for clarification. */
  reviewComment: z.string().optional(),
  sentAt: z.string().optional(),
  reviewedAt: z.string().optional(),
  updatedAt: z.string(),
});

export const FindingTrailEntrySchema = trailEntryOf(FindingStatusSchema);

export const FindingSchema = z.object({
  id: z.string(),
  number: z.string(),
  dossierId: z.string(),
  /** The dossier's reference; absent on findings recorded before it was kept. */
  dossierReference: z.string().optional(),
  auditId: z.string(),
  organisationId: z.string(),
  cbId: z.string(),
  schemeId: z.string(),
  requirementId: z.string(),
  severity: FindingSeveritySchema,
  description: z.string(),
  dueDate: z.string(),
  /** Recorded after the scheme's findings deadline (audit end + N days). */
  late: z.boolean(),
  /** Due date passed and not closed. */
  overdue: z.boolean(),
  status: FindingStatusSchema,
  open: z.boolean(),
  /** Corrective measures agreed at the closing meeting: the flow may start at the proof request. */
  closingMeetingMeasures: z.string().optional(),
  rejectionReason: z.string().optional(),
  items: z.array(FindingItemSchema),
  recordedAt: z.string(),
  recordedBy: z.string(),
  closedAt: z.string().optional(),
  version: z.number().int(),
  /** Every change (who, when, what); present on a single finding, not in searches. */
  trail: z.array(FindingTrailEntrySchema).optional(),
});
export type FindingResponse = z.infer<typeof FindingSchema>;

export const FindingMessageSchema = z.object({
  id: z.string(),
  findingId: z.string(),
  authorId: z.string(),
  authorSide: z.enum(['applicant', 'certification_body']),
  body: z.string(),
  at: z.string(),
});

/** A step on one finding: its id, the version the caller saw (stale → 409), and the step's fields. */
const step = <S extends z.ZodRawShape>(extra: S) => z.object({ findingId: id, version, ...extra }).strict();

/**
 * "My checklist": what the next audit of a dossier will look at, from the scheme's requirements that
 * apply at the dossier's level, each with the findings still open against it.
 */
export const AuditChecklistSchema = z.object({
  dossierId: z.string(),
  reference: z.string(),
  schemeId: z.string(),
  schemeVersion: z.string(),
  level: z.string().optional(),
  nextAudit: z.object({ auditId: z.string(), type: AuditTypeSchema, startDate: z.string() }).optional(),
  openFindings: z.number().int(),
  chapters: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      requirements: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          text: z.string(),
          controlMethods: z.array(ControlMethodSchema),
          referenceDocuments: z.array(z.string()),
          openFindings: z.array(
            z.object({
              findingId: z.string(),
              number: z.string(),
              severity: FindingSeveritySchema,
              status: FindingStatusSchema,
              dueDate: z.string(),
              overdue: z.boolean(),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const FindingRpc = {
  'dossier.findings.checklist': {
    http: {
      method: 'GET',
      path: '/api/v1/dossiers/{dossierId}/checklist',
      tag: 'findings',
      summary:
        'Checklist for the next audit: the requirements that apply, with the findings still open on each',
    },
    request: z.object({ dossierId: id }).strict(),
    response: AuditChecklistSchema,
  },
  /** A booked auditor, on a completed audit whose findings are not declared recorded yet. */
  'dossier.findings.record': {
    http: {
      method: 'POST',
      path: '/api/v1/audits/{auditId}/findings',
      status: 201,
      roles: actorsOf(AUDIT_TABLE, 'record_finding'),
      tag: 'audits',
      summary: 'Record a non-conformity of the audit (flagged late after the scheme’s deadline)',
    },
    request: z
      .object({
        auditId: id,
        requirementId: id,
        severity: FindingSeveritySchema,
        description: text,
        dueDate: day,
        closingMeetingMeasures: text.optional(),
      })
      .strict(),
    response: FindingSchema,
  },
  'dossier.findings.get': {
    http: {
      method: 'GET',
      path: '/api/v1/findings/{findingId}',
      tag: 'findings',
      summary: 'One finding with its items and trail',
    },
    request: z.object({ findingId: id }).strict(),
    response: FindingSchema,
  },
  /** Findings search (tenant-scoped): open/closed, requirement, severity, dossier, overdue. */
  'dossier.findings.search': {
    http: {
      method: 'GET',
      path: '/api/v1/findings',
      tag: 'findings',
      summary:
        'Findings: open or closed, by requirement, severity, dossier, audit, overdue (newest first; overdue: most overdue first)',
    },
    request: sortablePageQuery(['recordedAt', 'dueDate', 'number', 'severity', 'status'])
      .extend({
        dossierId: id.optional(),
        auditId: id.optional(),
        state: z.enum(['open', 'closed']).optional(),
        status: FindingStatusSchema.optional(),
        requirementId: id.optional(),
        severity: FindingSeveritySchema.optional(),
        overdue: queryFlag,
      })
      .strict(),
    response: pageOf(FindingSchema),
  },
  'dossier.findings.confirm': {
    http: {
      method: 'POST',
      path: '/api/v1/findings/{findingId}/confirmation',
      roles: actorsOf(FINDING_TABLE, 'confirm'),
      tag: 'findings',
      summary: 'Confirm a recorded finding',
    },
    request: step({}),
    response: FindingSchema,
  },
  'dossier.findings.reject': {
    http: {
      method: 'POST',
      path: '/api/v1/findings/{findingId}/rejection',
      roles: actorsOf(FINDING_TABLE, 'reject'),
      tag: 'findings',
      summary: 'Reject a recorded finding',
    },
    request: step({ reason: text }),
    response: FindingSchema,
  },
  'dossier.findings.request-measures': {
    http: {
      method: 'POST',
      path: '/api/v1/findings/{findingId}/measures-request',
      roles: actorsOf(FINDING_TABLE, 'request_measures'),
      tag: 'findings',
      summary: 'Ask the applicant for corrective measures',
    },
    request: step({ comment: text.optional() }),
    response: FindingSchema,
  },
  /** The shortcut when measures were agreed at the closing meeting, or after they were accepted. */
  'dossier.findings.request-proofs': {
    http: {
      method: 'POST',
      path: '/api/v1/findings/{findingId}/proofs-request',
      roles: actorsOf(FINDING_TABLE, 'request_proofs'),
      tag: 'findings',
      summary:
        'Ask for material proofs (after accepted measures, or directly when agreed at the closing meeting)',
    },
    request: step({ comment: text.optional() }),
    response: FindingSchema,
  },
  /** The applicant drafts a measure (text) or a proof (documents and a description). */
  'dossier.findings.items.add': {
    http: {
      method: 'POST',
      path: '/api/v1/findings/{findingId}/items',
      status: 201,
      roles: actorsOf(FINDING_TABLE, 'draft_measure', 'draft_proof'),
      tag: 'findings',
      summary: 'Draft a corrective measure or a material proof',
    },
    request: step({ kind: FindingItemKindSchema, text, documentIds: z.array(id).max(8).optional() }),
    response: FindingSchema,
  },
  'dossier.findings.items.edit': {
    http: {
      method: 'PUT',
      path: '/api/v1/findings/{findingId}/items/{itemId}',
      roles: actorsOf(FINDING_TABLE, 'edit_measure', 'edit_proof'),
      tag: 'findings',
      summary: 'Edit a draft (or an item sent back for clarification)',
    },
    request: step({
      kind: FindingItemKindSchema,
      itemId: id,
      text: text.optional(),
      documentIds: z.array(id).max(8).optional(),
    }),
    response: FindingSchema,
  },
  'dossier.findings.items.set-ready': {
    http: {
      method: 'PUT',
      path: '/api/v1/findings/{findingId}/items/{itemId}/ready',
      roles: actorsOf(FINDING_TABLE, 'mark_measure_ready', 'mark_proof_ready'),
      tag: 'findings',
      summary: 'Mark an item ready to send, or back to draft',
    },
    request: step({ kind: FindingItemKindSchema, itemId: id, ready: z.boolean() }),
    response: FindingSchema,
  },
  /** The analyst accepts a sent item or asks for its clarification (with a comment). */
  'dossier.findings.items.review': {
    http: {
      method: 'POST',
      path: '/api/v1/findings/{findingId}/items/{itemId}/review',
      roles: actorsOf(FINDING_TABLE, 'review_measure', 'review_proof'),
      tag: 'findings',
      summary: 'Accept a sent item or ask for its clarification',
    },
    request: step({
      kind: FindingItemKindSchema,
      itemId: id,
      decision: z.enum(['accept', 'clarify']),
      comment: text.optional(),
    }),
    response: FindingSchema,
  },
  /** Sends every item marked ready of the dossier's findings in one batch (measures or proofs). */
  'dossier.findings.send': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/findings/send',
      roles: actorsOf(FINDING_TABLE, 'send_measures', 'send_proofs'),
      tag: 'findings',
      summary:
        'Send every corrective measure (or proof) marked ready, across the dossier’s findings, in one batch',
    },
    request: z.object({ dossierId: id, kind: FindingItemKindSchema }).strict(),
    response: z.object({
      batchId: z.string(),
      findings: z.array(
        z.object({ findingId: z.string(), number: z.string(), itemIds: z.array(z.string()) }),
      ),
    }),
  },
  'dossier.findings.messages.post': {
    http: {
      method: 'POST',
      path: '/api/v1/findings/{findingId}/messages',
      status: 201,
      roles: actorsOf(FINDING_TABLE, 'post_message'),
      tag: 'findings',
      summary: 'Post a message on the finding’s thread (applicant ⇄ analyst)',
    },
    request: z.object({ findingId: id, body: text }).strict(),
    response: FindingMessageSchema,
  },
  'dossier.findings.messages.list': {
    http: {
      method: 'GET',
      path: '/api/v1/findings/{findingId}/messages',
      tag: 'findings',
      summary: 'The finding’s message thread, oldest first',
    },
    request: PageQuerySchema.extend({ findingId: id }).strict(),
    response: pageOf(FindingMessageSchema),
  },
} as const;
