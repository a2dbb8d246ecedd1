import { z } from 'zod';
import { AuditTypeSchema, DossierRef, FindingSeveritySchema } from './dossier.events';

const at = z.string().datetime();
const actor = z.string();
const day = z.string().date();

/** A non-conformity named in an event: which one, and the analyst instructing its dossier. */
const FindingRef = DossierRef.extend({
  findingId: z.string(),
  number: z.string(),
  /** The dossier's analyst, who acts on what the applicant sends (absent before assignment). */
  analystId: z.string().optional(),
});

/** A planned audit named in an event: its dates and auditors as they stand after the change. */
const AuditRef = DossierRef.extend({
  auditId: z.string(),
  type: AuditTypeSchema,
  startDate: day,
  endDate: day,
  auditorIds: z.array(z.string()).min(1),
});

/**
 * Audit changes that are not dossier transitions (the plan and the completion are dossier events:
 * audit_planned, audit_completed in dossier.events.ts).
 */
export const AuditEvents = {
  'certhub.audit.rescheduled.v1': {
    subject: 'evt.dossier.audit.rescheduled',
    summary: 'A planned audit (intervention) was moved to other dates or other auditors before it started',
    schema: AuditRef.extend({
      previousStartDate: day,
      previousEndDate: day,
      at,
      by: actor,
    }),
  },
  'certhub.audit.cancelled.v1': {
    subject: 'evt.dossier.audit.cancelled',
    summary: 'A planned audit (intervention) was cancelled before it started; its auditors are free again',
    schema: AuditRef.extend({
      reason: z.string(),
      at,
      by: actor,
    }),
  },
} as const;

/**
 * The steps of a non-conformity between its recording by the auditor and its closure
 * (docs/domain/organisation-certification.md#audit-findings): the CB's analyst confirms it, asks for
 * corrective measures (MC), reviews them, asks for material proofs (PM) and reviews them. `finding_raised`
 * (at confirmation) and `finding_closed` are dossier events (dossier.events.ts).
 */
export const FindingEvents = {
  'certhub.finding.recorded.v1': {
    subject: 'evt.dossier.finding.recorded',
    summary: 'An auditor recorded a non-conformity after an audit; the analyst has to confirm or reject it',
    schema: FindingRef.extend({
      auditId: z.string(),
      requirementId: z.string(),
      severity: FindingSeveritySchema,
      dueDate: day,
      /**
       * Recorded after the scheme's findings deadline (audit end + N days,
       * docs/domain/organisation-certification.md#findings-deadline).
       */
      late: z.boolean(),
      at,
      by: actor,
    }),
  },
  'certhub.finding.rejected.v1': {
    subject: 'evt.dossier.finding.rejected',
    summary: 'The analyst rejected a recorded non-conformity, with the reason',
    schema: FindingRef.extend({
      auditId: z.string(),
      auditorIds: z.array(z.string()),
      reason: z.string(),
      at,
      by: actor,
    }),
  },
  'certhub.finding.measures_requested.v1': {
    subject: 'evt.dossier.finding.measures_requested',
    summary: 'The analyst asked the applicant for corrective measures (MC) on a non-conformity',
    schema: FindingRef.extend({ dueDate: day, at, by: actor }),
  },
  'certhub.finding.measures_sent.v1': {
    subject: 'evt.dossier.finding.measures_sent',
    summary: 'The applicant sent the corrective measures marked ready (one batch may span several findings)',
    schema: FindingRef.extend({ batchId: z.string(), itemIds: z.array(z.string()).min(1), at, by: actor }),
  },
  'certhub.finding.measures_reviewed.v1': {
    subject: 'evt.dossier.finding.measures_reviewed',
    summary:
      'The analyst reviewed every corrective measure sent: accepted, or some need clarification, or more are expected',
    schema: FindingRef.extend({
      outcome: z.enum(['accepted', 'clarification_requested', 'more_expected']),
      at,
      by: actor,
    }),
  },
  'certhub.finding.proofs_requested.v1': {
    subject: 'evt.dossier.finding.proofs_requested',
    summary: 'The analyst asked the applicant for material proofs (PM) of the corrective measures',
    schema: FindingRef.extend({
      /**
       * The corrective measures were agreed at the audit's closing meeting
       * (docs/domain/organisation-certification.md#measures-agreed-at-the-closing-meeting).
       */
      agreedAtClosingMeeting: z.boolean(),
      dueDate: day,
      at,
      by: actor,
    }),
  },
  'certhub.finding.proofs_sent.v1': {
    subject: 'evt.dossier.finding.proofs_sent',
    summary: 'The applicant sent the material proofs marked ready (one batch may span several findings)',
    schema: FindingRef.extend({ batchId: z.string(), itemIds: z.array(z.string()).min(1), at, by: actor }),
  },
  'certhub.finding.proofs_reviewed.v1': {
    subject: 'evt.dossier.finding.proofs_reviewed',
    summary:
      'The analyst reviewed every proof sent and some need clarification or more are expected (acceptance closes the finding)',
    schema: FindingRef.extend({
      outcome: z.enum(['clarification_requested', 'more_expected']),
      at,
      by: actor,
    }),
  },
  'certhub.finding.reclassified.v1': {
    subject: 'evt.dossier.finding.reclassified',
    summary: 'A non-conformity took another classification (major, minor) on the review of an upheld appeal',
    schema: FindingRef.extend({
      from: FindingSeveritySchema,
      to: FindingSeveritySchema,
      appealReference: z.string(),
      reason: z.string(),
      at,
      by: actor,
    }),
  },
  'certhub.finding.message_posted.v1': {
    subject: 'evt.dossier.finding.message_posted',
    summary: 'A message was posted on the thread of a non-conformity between the applicant and the analyst',
    schema: FindingRef.extend({
      messageId: z.string(),
      authorSide: z.enum(['applicant', 'certification_body']),
      at,
      by: actor,
    }),
  },
} as const;
