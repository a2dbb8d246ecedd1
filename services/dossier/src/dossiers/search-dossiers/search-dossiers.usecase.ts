import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { SortOrder } from 'mongoose';
import { toDossierResponse } from '../dossier.mapper';
import { DossierRepository } from '../dossier.repository';

const SORTABLE = ['createdAt', 'updatedAt', 'reference', 'status'] as const;

/** Dossiers of the caller's scope (its CB, its organisation, the dossiers it audits), paginated. */
@Injectable()
export class SearchDossiers {
  constructor(private readonly dossiers: DossierRepository) {}

  async execute(
    principal: Principal,
    query: RpcPayload<'dossier.dossiers.search'>,
  ): Promise<RpcResponse<'dossier.dossiers.search'>> {
    const { items, total } = await this.dossiers.search(principal, {
      ...(query.status ? { status: query.status } : {}),
      ...(query.schemeId ? { schemeId: query.schemeId } : {}),
      ...(query.cbId ? { cbId: query.cbId } : {}),
      ...(query.organisationId ? { organisationId: query.organisationId } : {}),
      ...(query.q ? { q: query.q } : {}),
      page: query.page,
      pageSize: query.pageSize,
      sort: toSort(query.sort),
    });
    return { items: items.map(toDossierResponse), page: query.page, pageSize: query.pageSize, total };
  }
}

/** Newest first by default; `_id` last so equal values never make pages overlap. */
function toSort(sort: string | undefined): Record<string, SortOrder> {
  const wanted = sort ?? '-createdAt';
  const field = wanted.replace(/^-/, '');
  if (!(SORTABLE as readonly string[]).includes(field))
    throw new DomainError('validation_failed', `sort must be one of ${SORTABLE.join(', ')}`, [
      { field: 'sort', message: `unknown sort field ${field}` },
    ]);
  return { [field]: wanted.startsWith('-') ? -1 : 1, _id: 1 };
}
