import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler } from '@certhub/platform';
import { toDossierResponse } from '../dossier.mapper';
import { DossierRepository } from '../../lifecycle/dossier.repository';

/** Dossiers of the caller's scope (its CB, its organisation, the dossiers it audits), paginated. */
@Injectable()
export class SearchDossiers {
  constructor(private readonly dossiers: DossierRepository) {}

  readonly execute: RpcHandler<'dossier.dossiers.search'> = async (principal, query) => {
    const { items, total } = await this.dossiers.search(principal, {
      ...(query.status ? { status: query.status } : {}),
      ...(query.schemeId ? { schemeId: query.schemeId } : {}),
      ...(query.cbId ? { cbId: query.cbId } : {}),
      ...(query.organisationId ? { organisationId: query.organisationId } : {}),
      ...(query.q ? { q: query.q } : {}),
      page: query.page,
      pageSize: query.pageSize,
      sort: mongoSort(query.sort, '-createdAt'),
    });
    return { items: items.map(toDossierResponse), page: query.page, pageSize: query.pageSize, total };
  };
}
