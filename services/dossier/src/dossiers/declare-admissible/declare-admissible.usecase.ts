import { Injectable } from '@nestjs/common';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../dossier-command';
import { type RpcHandler } from '@certhub/platform';

/**
 * The analyst pronounces admissibility (every questionnaire finding closed); an offer follows
 * (docs/domain/organisation-certification.md#admissibility).
 */
@Injectable()
export class DeclareAdmissible {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  readonly execute: RpcHandler<'dossier.admissibility.declare'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'declare_admissible', (d, now) => ({
      what: 'questionnaire declared admissible',
      events: () => [
        dossierEvent(
          'certhub.dossier.admissible.v1',
          { ...dossierRef(d), at: now.toISOString(), by: principal.userId },
          d,
        ),
      ],
    }));
}
