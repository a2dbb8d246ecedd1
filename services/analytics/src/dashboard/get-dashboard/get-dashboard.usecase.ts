import { Injectable } from '@nestjs/common';
import type { DossierStatus, Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { resolveScope } from '../../common/access';
import { periodRange, todayUtc } from '../../common/period';
import { DossierStateRepository } from '../../dossiers/dossier-state.repository';
import { FindingRepository } from '../../findings/finding.repository';

type Dashboard = RpcResponse<'analytics.dashboard'>;
type StatusCounter = Exclude<keyof Dashboard, 'asOf' | 'dossiers' | 'findingsOpen' | 'findingsOverdue'>;

/**
 * The dashboard's "awaiting …" counters (docs/domain/statistics.md#dashboard):
 * the statuses in which a dossier waits for the same next step.
 */
const STATUS_COUNTERS: Readonly<Record<StatusCounter, readonly DossierStatus[]>> = {
  awaitingAdmissibility: ['submitted', 'corrected'],
  awaitingCorrections: ['findings_on_questionnaire'],
  awaitingAudit: ['contracted', 'audit_planned'],
  awaitingFindingsClosure: ['audited', 'findings_open'],
  awaitingDecision: ['decision_pending'],
  certified: ['certified'],
  refused: ['refused'],
  abandoned: ['abandoned'],
};

@Injectable()
export class GetDashboard {
  constructor(
    private readonly dossiers: DossierStateRepository,
    private readonly findings: FindingRepository,
  ) {}

  async execute(principal: Principal, request: RpcPayload<'analytics.dashboard'>): Promise<Dashboard> {
    const scope = resolveScope(principal, request.cbId);
    const period = periodRange(request);
    const findingFilter = { schemeId: request.schemeId, raised: period };
    const [statusCounts, findingsOpen, findingsOverdue] = await Promise.all([
      this.dossiers.countByStatus(scope, { schemeId: request.schemeId, opened: period }),
      this.findings.countOpen(scope, findingFilter),
      this.findings.countOverdue(scope, findingFilter, todayUtc()),
    ]);
    const inStatus = (statuses: readonly DossierStatus[]) =>
      statusCounts.filter((c) => statuses.includes(c.status)).reduce((sum, c) => sum + c.count, 0);
    const counters = Object.fromEntries(
      Object.entries(STATUS_COUNTERS).map(([counter, statuses]) => [counter, inStatus(statuses)]),
    ) as Record<StatusCounter, number>;
    return {
      asOf: new Date().toISOString(),
      dossiers: statusCounts.reduce((sum, c) => sum + c.count, 0),
      ...counters,
      findingsOpen,
      findingsOverdue,
    };
  }
}
