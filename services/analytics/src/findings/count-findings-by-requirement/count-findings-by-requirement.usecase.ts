import { Injectable } from '@nestjs/common';
import { resolveScope } from '../../common/access';
import { parseSort, type RpcHandler } from '@certhub/platform';
import { pageRows } from '../../common/paging';
import { periodRange, todayUtc } from '../../common/period';
import { cbIdOf } from '../../common/read-model.repository';
import { FindingRepository, type RequirementCount } from '../finding.repository';
import type { FindingsByRequirementRow } from '../finding.mapper';

const keyOf = (c: RequirementCount) => JSON.stringify([c.tenantId, c.schemeId, c.requirementId, c.severity]);

/**
 * Findings raised, still open and overdue, per requirement and severity
 * (docs/domain/statistics.md#indicators).
 */
@Injectable()
export class CountFindingsByRequirement {
  constructor(private readonly findings: FindingRepository) {}

  readonly execute: RpcHandler<'analytics.findings-by-requirement'> = async (principal, request) => {
    const scope = resolveScope(principal, request.cbId);
    const sort = parseSort(request.sort ?? 'cbId');
    const filter = { schemeId: request.schemeId, raised: periodRange(request) };
    const [byClosure, overdue] = await Promise.all([
      this.findings.countByRequirement(scope, filter),
      this.findings.countOverdueByRequirement(scope, filter, todayUtc()),
    ]);
    const rows = new Map<string, FindingsByRequirementRow>();
    for (const group of byClosure) {
      const row = rows.get(keyOf(group)) ?? {
        cbId: cbIdOf(group.tenantId),
        schemeId: group.schemeId,
        requirementId: group.requirementId,
        severity: group.severity,
        raised: 0,
        open: 0,
        overdue: 0,
      };
      row.raised += group.count;
      if (!group.closed) row.open += group.count;
      rows.set(keyOf(group), row);
    }
    // Overdue findings are open ones, so each has its row already.
    for (const group of overdue) {
      const row = rows.get(keyOf(group));
      if (row) row.overdue = group.count;
    }
    return pageRows([...rows.values()], sort, ['cbId', 'schemeId', 'requirementId', 'severity'], request);
  };
}
