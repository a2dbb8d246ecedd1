import { AUDIT_TABLE, type AuditAction, type AuditGuard, type StoredAuditStatus } from '@certhub/contracts';
import { Injectable } from '@nestjs/common';
import { DomainError, GuardRegistry, VersionedAggregate } from '@certhub/platform';
import { today } from '../lifecycle/calendar';
import { AuditRepository } from './audit.repository';
import type { AuditDoc } from './audit.schema';

/** The audit on the platform's versioned write path: its table, its guards, the principal's read scope. */
@Injectable()
export class AuditLifecycle extends VersionedAggregate<AuditDoc, StoredAuditStatus, AuditAction, AuditGuard> {
  constructor(audits: AuditRepository) {
    super({
      kind: 'audit',
      table: AUDIT_TABLE,
      store: audits,
      guards: new GuardRegistry<AuditDoc, AuditGuard, AuditAction>({
        not_started: (a, { now }) => today(now) < a.startDate,
        started: (a, { now }) => today(now) >= a.startDate,
        booked_auditor: (a, { principal }) => a.auditorIds.includes(principal.userId),
      }),
      // Not one of its auditors: a matter of who, not of when.
      guardRefusal: (guard, action) =>
        guard === 'booked_auditor'
          ? DomainError.forbidden(`${action} is for the auditors booked on this audit`)
          : undefined,
    });
  }
}
