import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { dossierNotFound } from '../../lifecycle/dossier-access';
import { toTrailResponse } from '../../dossiers/dossier.mapper';
import { DossierRepository } from '../../lifecycle/dossier.repository';

/**
 * The audit trail (docs/domain/records-and-retention.md#audit-trail): who, when, what, before/after; newest
 * first.
 */
@Injectable()
export class GetTrail {
  constructor(private readonly dossiers: DossierRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.dossiers.trail'>,
  ): Promise<RpcResponse<'dossier.dossiers.trail'>> {
    const found = await this.dossiers.trail(principal, request.dossierId, request);
    if (!found) throw dossierNotFound(request.dossierId);
    return {
      items: found.items.map(toTrailResponse),
      page: request.page,
      pageSize: request.pageSize,
      total: found.total,
    };
  }
}
