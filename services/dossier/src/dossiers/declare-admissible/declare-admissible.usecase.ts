import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle.service';
import { dossierEvent, dossierRef } from '../dossier-events';
import { toDossierResponse } from '../dossier.mapper';

/**
 * The analyst pronounces admissibility (every questionnaire finding closed); an offer follows
 * (docs/domain/organisation-certification.md#admissibility).
 */
@Injectable()
export class DeclareAdmissible {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.admissibility.declare'>,
  ): Promise<RpcResponse<'dossier.admissibility.declare'>> {
    const updated = await this.lifecycle.apply({
      dossierId: request.dossierId,
      action: 'declare_admissible',
      principal,
      events: (before) => [
        dossierEvent(
          'certhub.dossier.admissible.v1',
          { ...dossierRef(before), at: new Date().toISOString(), by: principal.userId },
          before,
        ),
      ],
      trail: { what: 'questionnaire declared admissible' },
    });
    return toDossierResponse(updated);
  }
}
