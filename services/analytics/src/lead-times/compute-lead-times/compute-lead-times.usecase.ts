import { Injectable } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { resolveScope } from '../../common/access';
import { parseSort, type RpcHandler } from '@certhub/platform';
import { pageRows } from '../../common/paging';
import { inRange, periodRange } from '../../common/period';
import { cbIdOf } from '../../common/read-model.repository';
import { DossierStateRepository } from '../../dossiers/dossier-state.repository';
import { FindingRepository } from '../../findings/finding.repository';
import { decisionLeadTimes, summarise } from '../lead-time-stats';

type LeadTimeRow = RpcResponse<'analytics.lead-times'>['items'][number];
type Metric = LeadTimeRow['metric'];

interface Item {
  metric: Metric;
  tenantId: string;
  schemeId: string;
  ms: number;
}

/**
 * Lead times (docs/domain/statistics.md#indicators). Each item's start and end are stored by the events that
 * mark them; the duration is taken here, at read time, so that neither event needs the other to
 * have been applied first.
 */
@Injectable()
export class ComputeLeadTimes {
  constructor(
    private readonly dossiers: DossierStateRepository,
    private readonly findings: FindingRepository,
  ) {}

  readonly execute: RpcHandler<'analytics.lead-times'> = async (principal, request) => {
    const scope = resolveScope(principal, request.cbId);
    const sort = parseSort(request.sort ?? 'metric');
    const period = periodRange(request);
    const [admissions, decisions, closures] = await Promise.all([
      this.dossiers.admissibilityDates(scope, request.schemeId, period),
      this.dossiers.decisionDates(scope, request.schemeId),
      this.findings.closureDates(scope, request.schemeId, period),
    ]);
    const items: Item[] = [];
    for (const d of admissions) {
      const ms = d.admissibleAt.getTime() - d.submittedAt.getTime();
      items.push({ metric: 'submission_to_admissible', tenantId: d.tenantId, schemeId: d.schemeId, ms });
    }
    for (const d of decisions) {
      for (const item of decisionLeadTimes(d.auditsCompletedAt ?? [], d.decisionsAt ?? [])) {
        if (!inRange(item.decidedAt, period)) continue;
        items.push({ metric: 'audit_to_decision', tenantId: d.tenantId, schemeId: d.schemeId, ms: item.ms });
      }
    }
    for (const f of closures) {
      const ms = f.closedAt.getTime() - f.raisedAt.getTime();
      items.push({ metric: 'finding_raised_to_closed', tenantId: f.tenantId, schemeId: f.schemeId, ms });
    }
    return pageRows(toRows(items), sort, ['metric', 'cbId', 'schemeId'], request);
  };
}

function toRows(items: Item[]): LeadTimeRow[] {
  const groups = new Map<string, { key: Omit<Item, 'ms'>; durations: number[] }>();
  for (const { ms, ...key } of items) {
    const id = JSON.stringify([key.metric, key.tenantId, key.schemeId]);
    const group = groups.get(id) ?? { key, durations: [] };
    group.durations.push(ms);
    groups.set(id, group);
  }
  return [...groups.values()].map(({ key, durations }) => ({
    metric: key.metric,
    cbId: cbIdOf(key.tenantId),
    schemeId: key.schemeId,
    ...summarise(durations),
  }));
}
