import { z } from 'zod';

/** Every dossier event names the dossier, its applicant organisation, its CB (once assigned) and scheme. */
export const DossierRef = z.object({
  dossierId: z.string(),
  /**
   * The dossier's human reference (DEMO-2026-000123), what people know it by: mails and inbox
   * entries show it. Absent only from events of audits and findings created before it was carried.
   */
  reference: z.string().optional(),
  organisationId: z.string(),
  cbId: z.string().optional(),
  schemeId: z.string(),
  /** The applicant's SIREN: partners scoped to a list of organisations are matched on it. */
  siren: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
});

/** docs/domain/organisation-certification.md#statuses. */
export const DossierStatusSchema = z.enum([
  'draft',
  'submitted',
  'findings_on_questionnaire',
  'corrected',
  'admissible',
  'contracted',
  'audit_planned',
  'audited',
  'findings_open',
  'decision_pending',
  'certified',
  'renewal',
  'suspended',
  'withdrawn',
  'expired',
  'refused',
  'abandoned',
]);
export type DossierStatus = z.infer<typeof DossierStatusSchema>;

export const FindingSeveritySchema = z.enum(['major', 'minor']);
export const AuditTypeSchema = z.enum([
  'initial',
  'surveillance',
  'renewal',
  'complementary_documentary',
  'complementary_on_site',
]);
export const DecisionOutcomeSchema = z.enum([
  // initial: docs/domain/organisation-certification.md#initial-decision-options
  'grant',
  'complementary_documentary_audit',
  'complementary_on_site_audit',
  'refuse',
  // surveillance: docs/domain/organisation-certification.md#surveillance-decision-options
  'maintain',
  'complementary_documentary_control',
  'complementary_on_site_control',
  'suspend',
  'withdraw',
]);

const at = z.string().datetime();
const actor = z.string();

/** The dossier service's events: one per state change (status_changed) plus the facts behind it. */
export const DossierEvents = {
  'certhub.dossier.created.v1': {
    subject: 'evt.dossier.dossier.created',
    summary: 'An organisation opened a certification dossier',
    schema: DossierRef.extend({ reference: z.string() }),
  },
  'certhub.dossier.status_changed.v1': {
    subject: 'evt.dossier.dossier.status_changed',
    summary: 'A dossier moved from one lifecycle status to another (every transition emits it)',
    schema: DossierRef.extend({
      reference: z.string(),
      from: DossierStatusSchema,
      to: DossierStatusSchema,
      at,
      by: actor,
    }),
  },
  'certhub.dossier.submitted.v1': {
    subject: 'evt.dossier.dossier.submitted',
    summary: 'The admissibility questionnaire was submitted',
    schema: DossierRef.extend({ submittedBy: actor, submittedAt: at }),
  },
  'certhub.dossier.assigned.v1': {
    subject: 'evt.dossier.dossier.assigned',
    summary: 'A dossier was assigned to a certification body and an analyst',
    schema: DossierRef.extend({ cbId: z.string(), analystId: z.string(), at, by: actor }),
  },
  'certhub.dossier.admissible.v1': {
    subject: 'evt.dossier.dossier.admissible',
    summary: 'The certification body declared the questionnaire admissible',
    schema: DossierRef.extend({ at, by: actor }),
  },
  'certhub.dossier.questionnaire_finding_raised.v1': {
    subject: 'evt.dossier.questionnaire.finding_raised',
    summary: 'The certification body raised a finding (écart) on a questionnaire answer',
    schema: DossierRef.extend({
      findingId: z.string(),
      number: z.string(),
      questionId: z.string(),
      at,
      by: actor,
    }),
  },
  'certhub.dossier.audit_planned.v1': {
    subject: 'evt.dossier.audit.planned',
    summary: 'An audit (intervention) was scheduled',
    schema: DossierRef.extend({
      auditId: z.string(),
      type: AuditTypeSchema,
      startDate: z.string().date(),
      endDate: z.string().date(),
      auditorIds: z.array(z.string()).min(1),
      at,
      by: actor,
    }),
  },
  'certhub.dossier.audit_completed.v1': {
    subject: 'evt.dossier.audit.completed',
    summary: 'An audit took place and its report was filed',
    schema: DossierRef.extend({
      auditId: z.string(),
      type: AuditTypeSchema,
      reportDocumentId: z.string().optional(),
      at,
      by: actor,
    }),
  },
  'certhub.dossier.finding_raised.v1': {
    subject: 'evt.dossier.finding.raised',
    summary: 'A non-conformity was recorded against a requirement',
    schema: DossierRef.extend({
      findingId: z.string(),
      number: z.string(),
      auditId: z.string().optional(),
      requirementId: z.string(),
      severity: FindingSeveritySchema,
      dueDate: z.string().date(),
      at,
      by: actor,
    }),
  },
  'certhub.dossier.finding_closed.v1': {
    subject: 'evt.dossier.finding.closed',
    summary: 'A non-conformity was closed after its corrective measures and proofs were accepted',
    schema: DossierRef.extend({
      findingId: z.string(),
      number: z.string(),
      requirementId: z.string(),
      severity: FindingSeveritySchema,
      raisedAt: at,
      at,
      by: actor,
    }),
  },
  'certhub.dossier.decision_recorded.v1': {
    subject: 'evt.dossier.decision.recorded',
    summary: 'A decision-maker decided on the dossier',
    schema: DossierRef.extend({
      decisionId: z.string(),
      kind: z.enum(['initial', 'surveillance', 'renewal']),
      outcome: DecisionOutcomeSchema,
      reason: z.string(),
      at,
      by: actor,
    }),
  },
} as const;
