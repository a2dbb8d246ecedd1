import { z } from 'zod';
import { actorsOf, actorsOfAll } from '../lifecycles/lifecycle-table';
import { AUDIT_TABLE } from '../lifecycles/audit.table';
import { DOSSIER_LIFECYCLE } from '../lifecycles/dossier.table';
import { textOf } from '../text';
import { AuditTypeSchema } from '../events/dossier.events';
import { pageOf, sortablePageQuery, queryFlag } from '../pagination';
import { endNotBefore } from '../period';
import { id } from '../fields';

/** Calendar days (YYYY-MM-DD, UTC): an audit books its auditors for whole days. */
const day = z.string().date();
const version = z.coerce.number().int().min(0);

/** planned → completed → findings_recorded; planned → cancelled (before it starts). */
export const AuditStatusSchema = z.enum(['planned', 'completed', 'findings_recorded', 'cancelled']);
export type AuditStatus = z.infer<typeof AuditStatusSchema>;

export const AuditSchema = z.object({
  id: z.string(),
  dossierId: z.string(),
  organisationId: z.string(),
  cbId: z.string(),
  schemeId: z.string(),
  type: AuditTypeSchema,
  status: AuditStatusSchema,
  startDate: z.string(),
  endDate: z.string(),
  auditorIds: z.array(z.string()),
  /** The day the audit enters the "upcoming interventions" list (start - the scheme's horizon). */
  upcomingFrom: z.string(),
  /** Findings recorded after this day are flagged late (end + the scheme's findings deadline). */
  findingsDeadline: z.string(),
  /** Document id of the report: a document of the audit's report context, checked and frozen when filed. */
  reportDocumentId: z.string().optional(),
  cancelReason: z.string().optional(),
  plannedAt: z.string(),
  plannedBy: z.string(),
  completedAt: z.string().optional(),
  findingsRecordedAt: z.string().optional(),
  version: z.number().int(),
});
export type AuditResponse = z.infer<typeof AuditSchema>;

/** An auditor's verdict on one requirement of the control plan. */
export const VerdictSchema = z.enum(['conform', 'non_conform', 'not_applicable']);
export type Verdict = z.infer<typeof VerdictSchema>;

/**
 * The audit's result sheet: every requirement of the control plan (the scheme's requirements that
 * apply at the dossier's level) with its verdict once recorded, and the audit's findings on it.
 */
export const ResultSheetSchema = z.object({
  auditId: z.string(),
  dossierId: z.string(),
  schemeId: z.string(),
  schemeVersion: z.string(),
  level: z.string().optional(),
  /** Every requirement of the control plan has a verdict. */
  complete: z.boolean(),
  rows: z.array(
    z.object({
      requirementId: z.string(),
      title: z.string(),
      controlMethods: z.array(z.string()),
      verdict: VerdictSchema.optional(),
      comment: z.string().optional(),
      recordedAt: z.string().optional(),
      recordedBy: z.string().optional(),
      /** Numbers of this audit's findings on the requirement (rejected ones left out). */
      findingNumbers: z.array(z.string()),
    }),
  ),
  version: z.number().int(),
});
export type ResultSheetResponse = z.infer<typeof ResultSheetSchema>;

const AuditPageSchema = pageOf(AuditSchema);

/** Audits lists (search, upcoming) sort on the same fields. */
const AUDIT_PAGE = sortablePageQuery(['startDate', 'endDate', 'plannedAt', 'type', 'status']);
const DatesSchema = { startDate: day, endDate: day };

export const AuditRpc = {
  /** cb_admin or analyst of the dossier's CB; auditors must be auditors of that CB and free those days. */
  'dossier.audits.plan': {
    http: {
      method: 'POST',
      path: '/api/v1/dossiers/{dossierId}/audits',
      status: 201,
      roles: actorsOfAll(actorsOf(AUDIT_TABLE, 'plan'), actorsOf(DOSSIER_LIFECYCLE, 'plan_audit')),
      tag: 'audits',
      summary: 'Plan an audit: type, dates and auditors of the CB (an auditor is never booked twice at once)',
    },
    request: z
      .object({
        dossierId: id,
        type: AuditTypeSchema,
        ...DatesSchema,
        auditorIds: z.array(id).min(1).max(10),
      })
      .strict()
      .refine(...endNotBefore('startDate', 'endDate')),
    response: AuditSchema,
  },
  'dossier.audits.get': {
    http: { method: 'GET', path: '/api/v1/audits/{auditId}', tag: 'audits', summary: 'One audit' },
    request: z.object({ auditId: id }).strict(),
    response: AuditSchema,
  },
  /** Before the audit starts only; the new days are booked before the old ones are freed. */
  'dossier.audits.reschedule': {
    http: {
      method: 'POST',
      path: '/api/v1/audits/{auditId}/reschedule',
      roles: actorsOf(AUDIT_TABLE, 'reschedule'),
      tag: 'audits',
      summary: 'Move a planned audit to other dates (or auditors) before it starts',
    },
    request: z
      .object({ auditId: id, version, ...DatesSchema, auditorIds: z.array(id).min(1).max(10).optional() })
      .strict()
      .refine(...endNotBefore('startDate', 'endDate')),
    response: AuditSchema,
  },
  'dossier.audits.cancel': {
    http: {
      method: 'POST',
      path: '/api/v1/audits/{auditId}/cancellation',
      roles: actorsOf(AUDIT_TABLE, 'cancel'),
      tag: 'audits',
      summary: 'Cancel a planned audit before it starts',
    },
    request: z.object({ auditId: id, version, reason: textOf(2000) }).strict(),
    response: AuditSchema,
  },
  /** A booked auditor, once the audit has started: files the report and moves the dossier to audited. */
  'dossier.audits.complete': {
    http: {
      method: 'POST',
      path: '/api/v1/audits/{auditId}/completion',
      roles: actorsOfAll(actorsOf(AUDIT_TABLE, 'complete'), actorsOf(DOSSIER_LIFECYCLE, 'complete_audit')),
      tag: 'audits',
      summary: 'File the audit report (a booked auditor, once the audit has started)',
    },
    request: z.object({ auditId: id, version, reportDocumentId: id }).strict(),
    response: AuditSchema,
  },
  /**
   * A booked auditor declares the findings of the audit recorded: the dossier moves to findings_open
   * when at least one non-conformity is open, else straight to decision_pending.
   */
  'dossier.audits.findings-recorded': {
    http: {
      method: 'POST',
      path: '/api/v1/audits/{auditId}/findings-recorded',
      roles: actorsOfAll(
        actorsOf(AUDIT_TABLE, 'declare_findings_recorded'),
        actorsOf(DOSSIER_LIFECYCLE, 'open_findings', 'request_decision'),
      ),
      tag: 'audits',
      summary: 'Declare every finding of the audit recorded: the dossier moves to findings or to decision',
    },
    request: z.object({ auditId: id, version }).strict(),
    response: AuditSchema,
  },
  'dossier.audits.result-sheet': {
    http: {
      method: 'GET',
      path: '/api/v1/audits/{auditId}/result-sheet',
      tag: 'audits',
      summary: 'The audit’s result sheet: a verdict per requirement of the control plan',
    },
    request: z.object({ auditId: id }).strict(),
    response: ResultSheetSchema,
  },
  /**
   * A booked auditor records verdicts after the audit, until he declares its findings recorded;
   * rows given replace those of the same requirements. A non-conform or not-applicable verdict says
   * why; a requirement with a finding of this audit is not conform.
   */
  'dossier.audits.verdicts': {
    http: {
      method: 'PUT',
      path: '/api/v1/audits/{auditId}/result-sheet',
      roles: actorsOf(AUDIT_TABLE, 'record_verdicts'),
      tag: 'audits',
      summary: 'Record verdicts (conform, non-conform, not applicable, with a comment) on the result sheet',
    },
    request: z
      .object({
        auditId: id,
        version,
        verdicts: z
          .array(
            z
              .object({
                requirementId: id,
                verdict: VerdictSchema,
                comment: textOf(2000).optional(),
              })
              .strict(),
          )
          .min(1)
          .max(300),
      })
      .strict(),
    response: ResultSheetSchema,
  },
  /** Interventions search: past or upcoming, by auditor, type, dates, dossier (tenant-scoped). */
  'dossier.audits.search': {
    http: {
      method: 'GET',
      path: '/api/v1/audits',
      tag: 'audits',
      summary: 'Interventions: past or upcoming, by auditor, type, dates or dossier',
    },
    request: AUDIT_PAGE.extend({
      dossierId: id.optional(),
      when: z.enum(['past', 'upcoming']).optional(),
      auditorId: id.optional(),
      type: AuditTypeSchema.optional(),
      status: AuditStatusSchema.optional(),
      /** Audits overlapping [from, to]. */
      from: day.optional(),
      to: day.optional(),
      /** Include cancelled audits (left out by default). */
      includeCancelled: queryFlag,
    }).strict(),
    response: AuditPageSchema,
  },
  /**
   * "Mes interventions à venir" (docs/domain/organisation-certification.md#upcoming-interventions): planned
   * audits starting within the scheme's horizon.
   */
  'dossier.audits.upcoming': {
    http: {
      method: 'GET',
      path: '/api/v1/audits/upcoming',
      tag: 'audits',
      summary: 'Upcoming interventions: planned audits starting within the scheme’s horizon (30 days)',
    },
    request: AUDIT_PAGE.strict(),
    response: AuditPageSchema,
  },
} as const;
