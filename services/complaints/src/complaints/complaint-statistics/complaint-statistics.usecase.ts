import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { isAppealOverdue } from '../../appeals/appeal.mapper';
import { AppealRepository } from '../../appeals/appeal.repository';
import type { AppealDoc } from '../../appeals/appeal.schema';
import { isOverdue } from '../complaint.mapper';
import { ComplaintRepository } from '../complaint.repository';
import type { ComplaintDoc } from '../complaint.schema';

const MS_PER_DAY = 86_400_000;

/** How many rows fall in each value of `key` (absent values counted under `none`). */
export function countBy<T>(rows: readonly T[], key: (row: T) => string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) {
    const k = key(row) ?? 'none';
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Mean days between two dates over the rows that have both, one decimal; null when none has. */
export function meanDays<T>(
  rows: readonly T[],
  from: (row: T) => Date,
  to: (row: T) => Date | undefined,
): number | null {
  const spans = rows.flatMap((r) => {
    const end = to(r);
    return end ? [(end.getTime() - from(r).getTime()) / MS_PER_DAY] : [];
  });
  if (!spans.length) return null;
  return Math.round((spans.reduce((a, b) => a + b, 0) / spans.length) * 10) / 10;
}

/**
 * The register in figures (docs/domain/complaints-and-appeals.md#register-and-figures), what an
 * accreditation assessor asks for: counts by type, status, scheme and outcome, the mean time to
 * take in charge and to close, what is overdue. A CB's administrator reads his CB's; the platform's
 * administrator one CB's or every CB's.
 */
@Injectable()
export class ComplaintStatistics {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly appeals: AppealRepository,
  ) {}

  readonly execute: RpcHandler<'complaints.statistics'> = async (principal, query) =>
    (await this.register(principal, query)).figures;

  /** The register's rows within the caller's scope and the query's period, with their figures. */
  async register(
    principal: Principal,
    query: RpcPayload<'complaints.statistics'>,
  ): Promise<{
    figures: RpcResponse<'complaints.statistics'>;
    complaints: ComplaintDoc[];
    appeals: AppealDoc[];
  }> {
    const cbId = scopeOf(principal, query);
    const period = {
      ...(query.from ? { from: new Date(`${query.from}T00:00:00Z`) } : {}),
      ...(query.to ? { to: new Date(`${query.to}T23:59:59.999Z`) } : {}),
    };
    const [complaints, appeals] = await Promise.all([
      this.complaints.figures(cbId, period),
      this.appeals.figures(cbId, period),
    ]);
    const figures = {
      complaints: {
        total: complaints.length,
        overdue: complaints.filter((c) => isOverdue(c)).length,
        byStatus: countBy(complaints, (c) => c.status),
        byAbout: countBy(complaints, (c) => c.about),
        byScheme: countBy(complaints, (c) => c.schemeId),
        byOutcome: countBy(
          complaints.filter((c) => c.status === 'closed' || c.status === 'dismissed'),
          (c) => c.outcome ?? 'dismissed',
        ),
        meanDaysToAcknowledge: meanDays(
          complaints,
          (c) => c.receivedAt,
          (c) => c.acknowledgedAt,
        ),
        meanDaysToClose: meanDays(
          complaints,
          (c) => c.receivedAt,
          (c) => c.closedAt,
        ),
      },
      appeals: {
        total: appeals.length,
        overdue: appeals.filter((a) => isAppealOverdue(a)).length,
        byStatus: countBy(appeals, (a) => a.status),
        byDecision: countBy(appeals, (a) => a.decision),
        byScheme: countBy(appeals, (a) => a.schemeId),
        meanDaysToDecide: meanDays(
          appeals,
          (a) => a.lodgedAt,
          (a) => a.decidedAt,
        ),
      },
    };
    return { figures, complaints, appeals };
  }
}

/** The CB whose register is counted, or undefined for every CB (platform staff only). */
function scopeOf(principal: Principal, query: RpcPayload<'complaints.statistics'>): string | undefined {
  if (principal.tenantType === 'platform' && principal.roles.includes('platform_admin')) return query.cbId;
  const ownCb = !query.cbId || query.cbId === principal.tenantId;
  if (principal.tenantType === 'cb' && principal.roles.includes('cb_admin') && ownCb)
    return principal.tenantId;
  throw DomainError.forbidden('a certification body reads its own register’s figures');
}
