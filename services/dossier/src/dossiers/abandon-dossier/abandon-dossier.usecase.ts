import { Injectable } from '@nestjs/common';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { toDossierResponse } from '../dossier.mapper';
import { type RpcHandler } from '@certhub/platform';

/** The applicant gives up before the contract; the reason is kept. */
@Injectable()
export class AbandonDossier {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  readonly execute: RpcHandler<'dossier.dossiers.abandon'> = async (principal, request) => {
    const { after } = await this.lifecycle.apply(principal, request.dossierId, 'abandon', () => ({
      $set: { closedReason: request.reason },
      what: `dossier abandoned: ${request.reason}`,
      after: { reason: request.reason },
    }));
    return toDossierResponse(after);
  };
}
