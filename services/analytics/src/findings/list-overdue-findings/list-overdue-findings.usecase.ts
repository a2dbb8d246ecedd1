import { Injectable } from '@nestjs/common';
import { resolveScope } from '../../common/access';
import { parseSort, skipOf, toPage, type RpcHandler } from '@certhub/platform';
import { periodRange, todayUtc } from '../../common/period';
import { FindingRepository } from '../finding.repository';
import { toOverdueFindingRow } from '../finding.mapper';

/** Findings past their due date and still open, as of today (UTC). */
@Injectable()
export class ListOverdueFindings {
  constructor(private readonly findings: FindingRepository) {}

  readonly execute: RpcHandler<'analytics.overdue-findings'> = async (principal, request) => {
    const scope = resolveScope(principal, request.cbId);
    const sort = parseSort(request.sort ?? 'dueDate');
    const filter = { schemeId: request.schemeId, raised: periodRange(request) };
    const today = todayUtc();
    const [items, total] = await Promise.all([
      this.findings.listOverdue(scope, filter, today, sort, skipOf(request), request.pageSize),
      this.findings.countOverdue(scope, filter, today),
    ]);
    return toPage(
      items.map((finding) => toOverdueFindingRow(finding, today)),
      total,
      request,
    );
  };
}
