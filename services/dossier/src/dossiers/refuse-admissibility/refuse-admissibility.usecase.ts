import { Injectable } from '@nestjs/common';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../dossier-command';
import { type RpcHandler } from '@certhub/platform';

/** The analyst refuses the application outright; the reason is kept and shown to the applicant. */
@Injectable()
export class RefuseAdmissibility {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  readonly execute: RpcHandler<'dossier.admissibility.refuse'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'refuse_admissibility', () => ({
      $set: { closedReason: request.reason },
      what: `application refused: ${request.reason}`,
      after: { reason: request.reason },
    }));
}
