import type { AuditStatus, Role } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/**
 * The audit's own small state machine, in the style of the dossier lifecycle table: what each
 * action accepts, where it leads, who may take it and under which conditions. Anything else is 409
 * with the current status.
 */
export const AUDIT_ACTIONS = [
  'reschedule',
  'cancel',
  'complete',
  'record_finding',
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

export interface AuditTransition {
  readonly action: AuditAction;
  readonly from: readonly AuditStatus[];
  readonly to: AuditStatus;
  readonly by: readonly Role[];
  readonly guards?: readonly AuditGuard[];
}

export const AUDIT_TABLE: readonly AuditTransition[] = [
  {
    action: 'reschedule',
    from: ['planned'],
    to: 'planned',
    by: ['cb_admin', 'analyst'],
    guards: ['not_started'],
  },
  {
    action: 'cancel',
    from: ['planned'],
    to: 'cancelled',
    by: ['cb_admin', 'analyst'],
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
  {
    action: 'declare_findings_recorded',
    from: ['completed'],
    to: 'findings_recorded',
    by: ['auditor'],
    guards: ['booked_auditor'],
  },
];

export function auditTransitionFor(status: AuditStatus, action: AuditAction): AuditTransition | undefined {
  return AUDIT_TABLE.find((t) => t.action === action && t.from.includes(status));
}

/**
 * Table, roles, guards, in that order (as the dossier lifecycle): 409 with the current status when
 * the action is not allowed now, 403 when the caller's role may not take it.
 */
export function checkAuditAction(
  audit: { _id: string; status: string; startDate: string; auditorIds: string[]; version: number },
  action: AuditAction,
  principal: { userId: string; roles: readonly Role[] },
  today: string,
  expectedVersion?: number,
): AuditTransition {
  if (expectedVersion !== undefined && audit.version !== expectedVersion) {
    throw new DomainError(
      'stale_version',
      `audit ${audit._id} changed since version ${expectedVersion}: reload it`,
      {
        currentStatus: audit.status,
        currentVersion: audit.version,
      },
    );
  }
  const row = auditTransitionFor(audit.status as AuditStatus, action);
  if (!row) {
    throw new DomainError(
      'invalid_transition',
      `${action} is not allowed while the audit is ${audit.status}`,
      {
        currentStatus: audit.status,
        action,
      },
    );
  }
  if (!principal.roles.some((r) => row.by.includes(r)))
    throw DomainError.forbidden(`${action} is for ${row.by.join(', ')}`);
  const holds: Record<AuditGuard, () => boolean> = {
    not_started: () => today < audit.startDate,
    started: () => today >= audit.startDate,
    booked_auditor: () => audit.auditorIds.includes(principal.userId),
  };
  const failing = (row.guards ?? []).find((g) => !holds[g]());
  if (failing === 'booked_auditor')
    throw DomainError.forbidden(`${action} is for the auditors booked on this audit`);
  if (failing) {
    throw new DomainError(
      'invalid_transition',
      `${action} is not allowed while the audit is ${audit.status}: ${failing.replace('_', ' ')} does not hold`,
      { currentStatus: audit.status, action, guard: failing },
    );
  }
  return row;
}
