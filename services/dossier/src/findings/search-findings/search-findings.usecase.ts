import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import { today } from '../../lifecycle/calendar';
import { findingScope } from '../finding-access';
import { FindingLifecycle } from '../finding-lifecycle';
import { toFindingResponse } from '../finding.mapper';
import { FindingRepository } from '../finding.repository';
import type { FindingDoc } from '../finding.schema';

/**
 * Findings search: open/closed, requirement, severity, dossier, overdue (due date passed and not
 * closed); tenant-scoped and paginated. Each filter is served by a findings index (finding.schema.ts).
 * Newest first by default; overdue findings most overdue first, which is what a reader of them wants
 * and what the store walks cheaply: most of a CB's open findings are overdue but the newest are
 * not yet due, so "newest overdue first" walked thousands of findings for a page of 20.
 */
@Injectable()
export class SearchFindings {
  constructor(
    private readonly repository: FindingRepository,
    private readonly findings: FindingLifecycle,
  ) {}

  readonly get: RpcHandler<'dossier.findings.get'> = async (principal, request) => {
    return toFindingResponse(await this.findings.load(principal, request.findingId), { withTrail: true });
  };

  readonly execute: RpcHandler<'dossier.findings.search'> = async (principal, query) => {
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
    const { items, ...total } = await this.repository.search(
      findingScope(principal),
      and.length ? { $and: and } : {},
      mongoSort(query.sort, query.overdue === true ? 'dueDate' : '-recordedAt'),
      query,
    );
    return {
      items: items.map((f) => toFindingResponse(f)),
      page: query.page,
      pageSize: query.pageSize,
      ...total,
    };
  };
}
