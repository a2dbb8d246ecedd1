import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle.service';
import { toDossierResponse } from '../dossier.mapper';

/** The applicant gives up before the contract; the reason is kept. */
@Injectable()
export class AbandonDossier {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.dossiers.abandon'>,
  ): Promise<RpcResponse<'dossier.dossiers.abandon'>> {
    const updated = await this.lifecycle.apply({
      dossierId: request.dossierId,
      action: 'abandon',
      principal,
      update: { $set: { closedReason: request.reason } },
      trail: { what: `dossier abandoned: ${request.reason}`, after: { reason: request.reason } },
    });
    return toDossierResponse(updated);
  }
}
