import { Injectable } from '@nestjs/common';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { toDossierResponse } from '../dossier.mapper';
import { type RpcHandler } from '@certhub/platform';

/**
 * The analyst pronounces admissibility (every questionnaire finding closed); an offer follows
 * (docs/domain/organisation-certification.md#admissibility).
 */
@Injectable()
export class DeclareAdmissible {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  readonly execute: RpcHandler<'dossier.admissibility.declare'> = async (principal, request) => {
    const { after } = await this.lifecycle.apply(
      principal,
      request.dossierId,
      'declare_admissible',
      (d, now) => ({
        what: 'questionnaire declared admissible',
        events: () => [
          dossierEvent(
            'certhub.dossier.admissible.v1',
            { ...dossierRef(d), at: now.toISOString(), by: principal.userId },
            d,
          ),
        ],
      }),
    );
    return toDossierResponse(after);
  };
}
