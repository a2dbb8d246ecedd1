import { CB_OFFICE, type Role } from '../roles';
import type { AuditStatus } from '../rpc/audit.rpc';
import type { LifecycleTable } from './lifecycle-table';

/**
 * `pending` only while a plan is in flight (bookings taken, dossier transition not applied yet):
 * never shown, and removed when the plan fails.
 */
export type StoredAuditStatus = AuditStatus | 'pending';

/**
 * The audit's own small state machine, in the style of the dossier lifecycle table: what each
 * action accepts, where it leads, who may take it and under which conditions. Anything else is 409
 * with the current status (the dossier service's audit write path applies it).
 */
export const AUDIT_ACTIONS = [
  'plan',
  'reschedule',
  'cancel',
  'complete',
  'record_finding',
  'record_verdicts',
  'declare_findings_recorded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditGuard =
  /** Today is before the start date: plans change only before the audit starts. */
  | 'not_started'
  /** Today is on or after the start date: a report exists only once the audit has begun. */
  | 'started'
  /** The caller is one of the audit's auditors. */
  | 'booked_auditor';

export const AUDIT_TABLE: LifecycleTable<StoredAuditStatus, AuditAction, AuditGuard, Role> = [
  // The plan is stored pending while its auditors' days are booked and the dossier moves.
  { action: 'plan', from: ['pending'], to: 'planned', by: CB_OFFICE },
  {
    action: 'reschedule',
    from: ['planned'],
    to: 'planned',
    by: CB_OFFICE,
    guards: ['not_started'],
  },
  {
    action: 'cancel',
    from: ['planned'],
    to: 'cancelled',
    by: CB_OFFICE,
    guards: ['not_started'],
  },
  {
    action: 'complete',
    from: ['planned'],
    to: 'completed',
    by: ['auditor'],
    guards: ['started', 'booked_auditor'],
  },
  // After the audit the auditor records its findings, until he declares them all recorded
  // (docs/domain/organisation-certification.md#recording-findings).
  {
    action: 'record_finding',
    from: ['completed'],
    to: 'completed',
    by: ['auditor'],
    guards: ['booked_auditor'],
  },
  // The result sheet is filled in the same window as the findings.
  {
    action: 'record_verdicts',
    from: ['completed'],
    to: 'completed',
    by: ['auditor'],
    guards: ['booked_auditor'],
  },
  {
    action: 'declare_findings_recorded',
    from: ['completed'],
    to: 'findings_recorded',
    by: ['auditor'],
    guards: ['booked_auditor'],
  },
];
