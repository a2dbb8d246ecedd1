import type { RpcResponse } from '@certhub/contracts';
import { daysBetween } from '../common/period';
import { cbIdOf } from '../common/read-model.repository';
import type { OverdueFinding } from './finding.repository';

export type OverdueFindingRow = RpcResponse<'analytics.overdue-findings'>['items'][number];
export type FindingsByRequirementRow = RpcResponse<'analytics.findings-by-requirement'>['items'][number];

export const toOverdueFindingRow = (finding: OverdueFinding, today: string): OverdueFindingRow => ({
  findingId: finding._id,
  number: finding.number,
  dossierId: finding.dossierId,
  organisationId: finding.organisationId,
  cbId: cbIdOf(finding.tenantId),
  schemeId: finding.schemeId,
  requirementId: finding.requirementId,
  severity: finding.severity,
  raisedAt: finding.raisedAt.toISOString(),
  dueDate: finding.dueDate,
  daysOverdue: daysBetween(finding.dueDate, today),
});
