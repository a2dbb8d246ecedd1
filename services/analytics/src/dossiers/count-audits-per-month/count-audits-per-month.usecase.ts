import { Injectable } from '@nestjs/common';
import { parseSort, type RpcHandler } from '@certhub/platform';
import { resolveScope } from '../../common/access';
import { pageRows } from '../../common/paging';
import { inRange, periodRange } from '../../common/period';
import { cbIdOf } from '../../common/read-model.repository';
import { DossierStateRepository } from '../dossier-state.repository';

/**
 * How many audits were completed each month, per CB and scheme: the planning's load over time.
 * Months are grouped here rather than in the store, whose aggregation stages have no date operators
 * on the MongoDB-compatible server used locally.
 */
@Injectable()
export class CountAuditsPerMonth {
  constructor(private readonly dossiers: DossierStateRepository) {}

  readonly execute: RpcHandler<'analytics.audits-per-month'> = async (principal, request) => {
    const scope = resolveScope(principal, request.cbId);
    const period = periodRange(request);
    const counts = new Map<string, { month: string; cbId: string | null; schemeId: string; count: number }>();
    for (const dossier of await this.dossiers.auditDates(scope, request.schemeId)) {
      for (const at of dossier.auditsCompletedAt ?? []) {
        const date = new Date(at);
        if (!inRange(date, period)) continue;
        const month = date.toISOString().slice(0, 7);
        const cbId = cbIdOf(dossier.tenantId);
        const key = `${month}|${cbId ?? ''}|${dossier.schemeId}`;
        const row = counts.get(key) ?? { month, cbId, schemeId: dossier.schemeId, count: 0 };
        row.count += 1;
        counts.set(key, row);
      }
    }
    const sort = parseSort(request.sort ?? 'month');
    return pageRows([...counts.values()], sort, ['month', 'cbId', 'schemeId'], request);
  };
}
