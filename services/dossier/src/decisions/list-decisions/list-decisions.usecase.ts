import { Injectable } from '@nestjs/common';
import { toDecisionResponse } from '../../dossiers/dossier.mapper';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class ListDecisions {
  constructor(private readonly dossiers: DossierRepository) {}

  readonly execute: RpcHandler<'dossier.decisions.list'> = async (principal, request) => {
    const d = await this.dossiers.getVisible(principal, request.dossierId);
    return { items: (d.decisions ?? []).map(toDecisionResponse) };
  };
}
