import { Injectable } from '@nestjs/common';
import { toDossierResponse } from '../dossier.mapper';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class GetDossier {
  constructor(private readonly dossiers: DossierRepository) {}

  readonly execute: RpcHandler<'dossier.dossiers.get'> = async (principal, request) => {
    const dossier = await this.dossiers.getVisible(principal, request.dossierId);
    return toDossierResponse(dossier);
  };
}
