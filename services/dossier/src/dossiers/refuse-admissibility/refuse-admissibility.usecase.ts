import { Injectable } from '@nestjs/common';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { toDossierResponse } from '../dossier.mapper';
import { type RpcHandler } from '@certhub/platform';

/** The analyst refuses the application outright; the reason is kept and shown to the applicant. */
@Injectable()
export class RefuseAdmissibility {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  readonly execute: RpcHandler<'dossier.admissibility.refuse'> = async (principal, request) => {
    const { after } = await this.lifecycle.apply(
      principal,
      request.dossierId,
      'refuse_admissibility',
      () => ({
        $set: { closedReason: request.reason },
        what: `application refused: ${request.reason}`,
        after: { reason: request.reason },
      }),
    );
    return toDossierResponse(after);
  };
}
