import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { dossierNotFound } from '../../lifecycle/dossier-access';
import { toDossierResponse } from '../dossier.mapper';
import { DossierRepository } from '../../lifecycle/dossier.repository';

@Injectable()
export class GetDossier {
  constructor(private readonly dossiers: DossierRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.dossiers.get'>,
  ): Promise<RpcResponse<'dossier.dossiers.get'>> {
    const dossier = await this.dossiers.findVisible(principal, request.dossierId);
    if (!dossier) throw dossierNotFound(request.dossierId);
    return toDossierResponse(dossier);
  }
}
