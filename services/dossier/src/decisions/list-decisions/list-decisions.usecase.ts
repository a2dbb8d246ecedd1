import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { dossierNotFound } from '../../lifecycle/dossier-access';
import { toDecisionResponse } from '../../dossiers/dossier.mapper';
import { DossierRepository } from '../../lifecycle/dossier.repository';

@Injectable()
export class ListDecisions {
  constructor(private readonly dossiers: DossierRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.decisions.list'>,
  ): Promise<RpcResponse<'dossier.decisions.list'>> {
    const d = await this.dossiers.findVisible(principal, request.dossierId);
    if (!d) throw dossierNotFound(request.dossierId);
    return { items: (d.decisions ?? []).map(toDecisionResponse) };
  }
}
