import { z } from 'zod';
import { DossierStatusSchema, FindingSeveritySchema } from '../events/dossier.events';
import { pageOf } from '../identity/identity.schemas';
import { sortablePageQuery } from '../pagination';
import type { Role } from '../roles';
import { routesOf } from './http';

/**
 * Who may read figures: staff who steer (platform staff, CB administrators, analysts and decision-makers) and
 * organisation administrators (statistics are for administrators: docs/domain/statistics.md#who-sees-what).
 * Auditors see only the dossiers they audit, so CB-wide figures are not theirs; organisation members and
 * partners get none either. The gateway guards its routes with it and the analytics service checks it again
 * before applying the tenant scope.
 */
export const ANALYTICS_READER_ROLES: readonly Role[] = [
  'platform_admin',
  'scheme_manager',
  'cb_admin',
  'analyst',
  'decision_maker',
  'org_admin',
];

/**
 * The filters every analytics report takes, with the same names and meaning for the JSON routes
 * and the Excel export. `cbId` is for platform staff (a CB user may only name his own CB; an
 * organisation user narrows his own dossiers to one CB). The period is in whole UTC days, both
 * ends included; what it applies to is said per report.
 */
const filterShape = {
  cbId: z.string().min(1).optional(),
  schemeId: z.string().min(1).optional(),
  from: z.string().date().optional(),
  to: z.string().date().optional(),
};
const periodInOrder = (v: { from?: string | undefined; to?: string | undefined }) =>
  !v.from || !v.to || v.from <= v.to;
const periodError = { message: 'from must not be after to', path: ['to'] };

const filters = z.object(filterShape).strict().refine(periodInOrder, periodError);
/** A report's filters and page query, sorted on its own columns. */
const pagedFilters = <const F extends string>(sortable: readonly [F, ...F[]]) =>
  z
    .object({ ...sortablePageQuery(sortable).shape, ...filterShape })
    .strict()
    .refine(periodInOrder, periodError);

/** null: the dossier is not assigned to a certification body yet. */
const cbId = z.string().nullable();
const count = z.number().int().min(0);
/** Days with two decimals. */
const days = z.number();

const LeadTimeMetricSchema = z.enum([
  'submission_to_admissible',
  'audit_to_decision',
  'finding_raised_to_closed',
]);

const analyticsReport = routesOf({ roles: ANALYTICS_READER_ROLES, tag: 'analytics' });

export const AnalyticsRpc = {
  'analytics.event-counts': {
    http: {
      method: 'GET',
      path: '/api/v1/analytics/event-counts',
      tag: 'analytics',
      summary: 'Events seen per type for your tenant (platform staff: every tenant)',
    },
    request: z
      .object({
        // `?types=a,b` or `?types=a&types=b`
        types: z
          .preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(z.string().min(1)))
          .optional(),
      })
      .strict(),
    response: z.object({ counts: z.record(z.string(), z.number().int()) }),
  },
  /** Dashboard counters ("awaiting …"); the period selects dossiers opened and findings raised in it. */
  'analytics.dashboard': {
    http: analyticsReport({
      method: 'GET',
      path: '/api/v1/analytics/dashboard',
      summary:
        'Dashboard counters: dossiers awaiting admissibility, audit, decision…, open and overdue findings',
    }),
    request: filters,
    response: z.object({
      asOf: z.string().datetime(),
      dossiers: count,
      awaitingAdmissibility: count,
      awaitingCorrections: count,
      awaitingAudit: count,
      awaitingFindingsClosure: count,
      awaitingDecision: count,
      certified: count,
      refused: count,
      abandoned: count,
      findingsOpen: count,
      findingsOverdue: count,
    }),
  },
  /** Current status counts per CB and scheme; the period selects dossiers opened in it. Sort: cbId, schemeId, status, count. */
  'analytics.dossiers-by-status': {
    http: analyticsReport({
      method: 'GET',
      path: '/api/v1/analytics/dossiers-by-status',
      summary: 'Dossiers per current status, CB and scheme',
    }),
    request: pagedFilters(['cbId', 'schemeId', 'status', 'count']),
    response: pageOf(z.object({ cbId, schemeId: z.string(), status: DossierStatusSchema, count })),
  },
  /**
   * Lead times per metric, CB and scheme; the period selects items that ended in it (admissibility,
   * decision, closure). Percentiles by nearest rank. Sort: metric, cbId, schemeId, count, avgDays, p50Days, p90Days.
   */
  'analytics.lead-times': {
    http: analyticsReport({
      method: 'GET',
      path: '/api/v1/analytics/lead-times',
      summary:
        'Lead times (submission → admissible, audit → decision, finding raised → closed): count, mean, p50, p90',
    }),
    request: pagedFilters(['metric', 'cbId', 'schemeId', 'count', 'avgDays', 'p50Days', 'p90Days']),
    response: pageOf(
      z.object({
        metric: LeadTimeMetricSchema,
        cbId,
        schemeId: z.string(),
        count,
        avgDays: days,
        p50Days: days,
        p90Days: days,
      }),
    ),
  },
  /** Findings per requirement and severity; the period selects findings raised in it. Sort: cbId, schemeId, requirementId, severity, raised, open, overdue. */
  'analytics.findings-by-requirement': {
    http: analyticsReport({
      method: 'GET',
      path: '/api/v1/analytics/findings-by-requirement',
      summary: 'Findings raised, open and overdue per requirement and severity',
    }),
    request: pagedFilters(['cbId', 'schemeId', 'requirementId', 'severity', 'raised', 'open', 'overdue']),
    response: pageOf(
      z.object({
        cbId,
        schemeId: z.string(),
        requirementId: z.string(),
        severity: FindingSeveritySchema,
        raised: count,
        open: count,
        overdue: count,
      }),
    ),
  },
  /** Findings past their due date and not closed, as of now; the period selects findings raised in it. Sort: dueDate, raisedAt, severity, requirementId. */
  'analytics.overdue-findings': {
    http: analyticsReport({
      method: 'GET',
      path: '/api/v1/analytics/overdue-findings',
      summary: 'Open findings past their due date, as of today',
    }),
    request: pagedFilters(['dueDate', 'raisedAt', 'severity', 'requirementId']),
    response: pageOf(
      z.object({
        findingId: z.string(),
        number: z.string(),
        dossierId: z.string(),
        organisationId: z.string(),
        cbId,
        schemeId: z.string(),
        requirementId: z.string(),
        severity: FindingSeveritySchema,
        raisedAt: z.string().datetime(),
        dueDate: z.string().date(),
        daysOverdue: count,
      }),
    ),
  },
  /**
   * Audits completed per calendar month (UTC), CB and scheme; the period selects audits completed in
   * it. Sort: month, cbId, schemeId, count.
   */
  'analytics.audits-per-month': {
    http: analyticsReport({
      method: 'GET',
      path: '/api/v1/analytics/audits-per-month',
      summary: 'Audits completed per month, CB and scheme',
    }),
    request: pagedFilters(['month', 'cbId', 'schemeId', 'count']),
    response: pageOf(
      z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), cbId, schemeId: z.string(), count }),
    ),
  },
} as const;
