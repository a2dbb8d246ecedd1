import { Injectable } from '@nestjs/common';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../dossier-command';
import { type RpcHandler } from '@certhub/platform';

/** The applicant gives up before the contract; the reason is kept. */
@Injectable()
export class AbandonDossier {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  readonly execute: RpcHandler<'dossier.dossiers.abandon'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'abandon', () => ({
      $set: { closedReason: request.reason },
      what: `dossier abandoned: ${request.reason}`,
      after: { reason: request.reason },
    }));
}
