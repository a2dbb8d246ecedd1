import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { FilterQuery, SortOrder } from 'mongoose';
import { today } from '../../audits/calendar';
import { findingScope } from '../finding-access';
import { FindingSteps } from '../finding-steps';
import { toFindingResponse } from '../finding.mapper';
import { FindingRepository } from '../finding.repository';
import type { FindingDoc } from '../finding.schema';

const SORTABLE = ['recordedAt', 'dueDate', 'number', 'severity', 'status'] as const;

/**
 * Findings search: open/closed, requirement, severity, dossier, overdue (due date passed and not
 * closed); tenant-scoped and paginated. Each filter is served by a findings index (finding.schema.ts).
 */
@Injectable()
export class SearchFindings {
  constructor(
    private readonly findings: FindingRepository,
    private readonly steps: FindingSteps,
  ) {}

  async get(
    principal: Principal,
    request: RpcPayload<'dossier.findings.get'>,
  ): Promise<RpcResponse<'dossier.findings.get'>> {
    return toFindingResponse(await this.steps.load(principal, request.findingId), { withTrail: true });
  }

  async execute(
    principal: Principal,
    query: RpcPayload<'dossier.findings.search'>,
  ): Promise<RpcResponse<'dossier.findings.search'>> {
    const day = today();
    const and: FilterQuery<FindingDoc>[] = [];
    if (query.dossierId) and.push({ dossierId: query.dossierId });
    if (query.auditId) and.push({ auditId: query.auditId });
    if (query.state === 'open') and.push({ open: true });
    if (query.state === 'closed') and.push({ open: false, status: 'closed' });
    if (query.status) and.push({ status: query.status });
    if (query.requirementId) and.push({ requirementId: query.requirementId });
    if (query.severity) and.push({ severity: query.severity });
    if (query.overdue === true) and.push({ open: true, dueDate: { $lt: day } });
    if (query.overdue === false) and.push({ $nor: [{ open: true, dueDate: { $lt: day } }] });
    const { items, total } = await this.findings.search(
      findingScope(principal),
      and.length ? { $and: and } : {},
      sortOf(query.sort ?? '-recordedAt'),
      query,
    );
    return {
      items: items.map((f) => toFindingResponse(f)),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}

function sortOf(sort: string): Record<string, SortOrder> {
  const field = sort.replace(/^-/, '');
  if (!(SORTABLE as readonly string[]).includes(field)) {
    throw new DomainError('validation_failed', `sort must be one of ${SORTABLE.join(', ')}`, [
      { field: 'sort', message: `unknown sort field ${field}` },
    ]);
  }
  return { [field]: sort.startsWith('-') ? -1 : 1, _id: 1 };
}
