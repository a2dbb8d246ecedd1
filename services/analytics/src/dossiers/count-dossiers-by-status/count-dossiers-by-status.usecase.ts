import { Injectable } from '@nestjs/common';
import { resolveScope } from '../../common/access';
import { parseSort, type RpcHandler } from '@certhub/platform';
import { pageRows } from '../../common/paging';
import { periodRange } from '../../common/period';
import { DossierStateRepository } from '../dossier-state.repository';
import { toDossiersByStatusRow } from '../dossier-state.mapper';

/** How many dossiers are in each status, per CB and scheme. */
@Injectable()
export class CountDossiersByStatus {
  constructor(private readonly dossiers: DossierStateRepository) {}

  readonly execute: RpcHandler<'analytics.dossiers-by-status'> = async (principal, request) => {
    const scope = resolveScope(principal, request.cbId);
    const sort = parseSort(request.sort ?? 'cbId');
    const counts = await this.dossiers.countByStatus(scope, {
      schemeId: request.schemeId,
      opened: periodRange(request),
    });
    return pageRows(counts.map(toDossiersByStatusRow), sort, ['cbId', 'schemeId', 'status'], request);
  };
}
