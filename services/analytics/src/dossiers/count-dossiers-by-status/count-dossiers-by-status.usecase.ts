import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { resolveScope } from '../../common/access';
import { parseSort } from '@certhub/platform';
import { pageRows } from '../../common/paging';
import { periodRange } from '../../common/period';
import { DossierStateRepository } from '../dossier-state.repository';
import { toDossiersByStatusRow } from '../dossier-state.mapper';

/** How many dossiers are in each status, per CB and scheme. */
@Injectable()
export class CountDossiersByStatus {
  constructor(private readonly dossiers: DossierStateRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'analytics.dossiers-by-status'>,
  ): Promise<RpcResponse<'analytics.dossiers-by-status'>> {
    const scope = resolveScope(principal, request.cbId);
    const sort = parseSort(request.sort ?? 'cbId');
    const counts = await this.dossiers.countByStatus(scope, {
      schemeId: request.schemeId,
      opened: periodRange(request),
    });
    return pageRows(counts.map(toDossiersByStatusRow), sort, ['cbId', 'schemeId', 'status'], request);
  }
}
