import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import { toDossierResponse } from '../dossier.mapper';
import { today } from '../../lifecycle/calendar';
import { dossierScope } from '../../lifecycle/dossier-access';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { findingScope } from '../../findings/finding-access';
import { FindingRepository } from '../../findings/finding.repository';

/** Where a sortable response field is stored when not under its own name. */
const STORED_AS = { holderName: 'holder.name' } as const;

/**
 * Dossiers of the caller's scope (its CB, its organisation, the dossiers it audits), paginated, each
 * with its count of open findings past due, read from the findings of the same scope.
 */
@Injectable()
export class SearchDossiers {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly findings: FindingRepository,
  ) {}

  readonly execute: RpcHandler<'dossier.dossiers.search'> = async (principal, query) => {
    if (dossierScope(principal).kind === 'none') return toPage([], 0, query);
    const scope = findingScope(principal);
    const day = today();
    const overdue =
      query.overdue === undefined
        ? undefined
        : [...(await this.findings.overdueByDossier(scope, day)).keys()];
    const { items, ...total } = await this.dossiers.search(principal, {
      ...(query.status ? { status: query.status } : {}),
      ...(query.schemeId ? { schemeId: query.schemeId } : {}),
      ...(query.cbId ? { cbId: query.cbId } : {}),
      ...(query.organisationId ? { organisationId: query.organisationId } : {}),
      ...(query.level ? { level: query.level } : {}),
      ...(query.analystId ? { analystId: query.analystId } : {}),
      ...(overdue ? { ids: query.overdue ? { in: overdue } : { nin: overdue } } : {}),
      ...(query.q ? { q: query.q } : {}),
      page: query.page,
      pageSize: query.pageSize,
      sort: mongoSort(query.sort, '-createdAt', STORED_AS),
    });
    const counts = items.length
      ? await this.findings.overdueByDossier(
          scope,
          day,
          items.map((d) => d._id),
        )
      : new Map<string, number>();
    return {
      items: items.map((d) => ({ ...toDossierResponse(d), overdueFindings: counts.get(d._id) ?? 0 })),
      page: query.page,
      pageSize: query.pageSize,
      ...total,
    };
  };
}
