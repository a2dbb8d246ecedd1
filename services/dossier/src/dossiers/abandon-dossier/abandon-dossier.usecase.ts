import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { toDossierResponse } from '../dossier.mapper';

/** The applicant gives up before the contract; the reason is kept. */
@Injectable()
export class AbandonDossier {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.dossiers.abandon'>,
  ): Promise<RpcResponse<'dossier.dossiers.abandon'>> {
    const { after } = await this.lifecycle.apply(principal, request.dossierId, 'abandon', () => ({
      $set: { closedReason: request.reason },
      what: `dossier abandoned: ${request.reason}`,
      after: { reason: request.reason },
    }));
    return toDossierResponse(after);
  }
}
