import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { toDossierResponse } from '../dossier.mapper';

/** The analyst refuses the application outright; the reason is kept and shown to the applicant. */
@Injectable()
export class RefuseAdmissibility {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.admissibility.refuse'>,
  ): Promise<RpcResponse<'dossier.admissibility.refuse'>> {
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
  }
}
