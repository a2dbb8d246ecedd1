import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError, mongoSort, type RpcHandler } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import { readScope } from '../audit-access';
import { toAuditResponse } from '../audit.mapper';
import { AuditRepository } from '../audit.repository';
import type { AuditDoc } from '../audit.schema';
import { today } from '../../lifecycle/calendar';

/**
 * Interventions search (docs/domain/organisation-certification.md#upcoming-interventions): tenant-scoped (the
 * caller's own audits only), paginated, filtered. Served by the audits indexes on (tenantId, startDate),
 * (tenantId, auditorIds, startDate), (tenantId, type, startDate) and (tenantId, dossierId, plannedAt).
 */
@Injectable()
export class SearchAudits {
  constructor(private readonly audits: AuditRepository) {}

  readonly execute: RpcHandler<'dossier.audits.search'> = async (principal, query) => {
    const day = today();
    const and: FilterQuery<AuditDoc>[] = [];
    if (query.status) and.push({ status: query.status });
    else if (!query.includeCancelled) and.push({ status: { $nin: ['pending', 'cancelled'] } });
    if (query.dossierId) and.push({ dossierId: query.dossierId });
    if (query.type) and.push({ type: query.type });
    if (query.auditorId) and.push({ auditorIds: query.auditorId });
    if (query.when === 'past') and.push({ endDate: { $lt: day } });
    if (query.when === 'upcoming') and.push({ startDate: { $gte: day } });
    if (query.from) and.push({ endDate: { $gte: query.from } });
    if (query.to) and.push({ startDate: { $lte: query.to } });
    const fallback = query.when === 'past' ? '-startDate' : 'startDate';
    return this.page(principal, and, mongoSort(query.sort, fallback), query);
  };

  readonly get: RpcHandler<'dossier.audits.get'> = async (principal, request) => {
    const audit = await this.audits.findVisible(principal, request.auditId);
    if (!audit) throw DomainError.notFound(`audit ${request.auditId}`);
    return toAuditResponse(audit);
  };

  /**
   * "Mes interventions à venir" (docs/domain/organisation-certification.md#upcoming-interventions): planned
   * audits whose scheme horizon (30 days) has begun.
   */
  readonly upcoming: RpcHandler<'dossier.audits.upcoming'> = async (principal, query) => {
    const day = today();
    const and: FilterQuery<AuditDoc>[] = [
      { status: 'planned', upcomingFrom: { $lte: day }, startDate: { $gte: day } },
    ];
    return this.page(principal, and, mongoSort(query.sort, 'startDate'), query);
  };

  private async page(
    principal: Principal,
    and: FilterQuery<AuditDoc>[],
    sort: Record<string, 1 | -1>,
    query: { page: number; pageSize: number },
  ) {
    const filter: FilterQuery<AuditDoc> = and.length
      ? { $and: [{ status: { $ne: 'pending' } }, ...and] }
      : {};
    const { items, ...total } = await this.audits.search(readScope(principal), filter, sort, query);
    return { items: items.map(toAuditResponse), page: query.page, pageSize: query.pageSize, ...total };
  }
}
