import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';
import { toDossierResponse } from '../dossier.mapper';
import { IdentityDirectory } from '../identity-directory';

/** cb_admin gives the dossier to one of its CB's analysts (enabled, role analyst). */
@Injectable()
export class AssignDossier {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly identity: IdentityDirectory,
  ) {}

  readonly execute: RpcHandler<'dossier.dossiers.assign'> = async (principal, request) => {
    const { dossierId, analystId } = request;
    // Identity answers only users of the caller's own tenant: another CB's analyst is "unknown".
    const analyst =
      principal.tenantType === 'cb' ? await this.identity.user(analystId, principal) : undefined;
    if (
      principal.tenantType === 'cb' &&
      (!analyst || analyst.role !== 'analyst' || !analyst.enabled || analyst.tenantId !== principal.tenantId)
    )
      throw new DomainError(
        'validation_failed',
        `${analystId} is not an active analyst of this certification body`,
        [{ field: 'analystId', message: 'not an active analyst of this certification body' }],
      );
    const { after } = await this.lifecycle.apply(principal, dossierId, 'assign', (current, now) => ({
      $set: { analystId },
      what: `assigned to analyst ${analystId}`,
      before: { analystId: current.analystId ?? null },
      after: { analystId },
      events: () => [
        dossierEvent(
          'certhub.dossier.assigned.v1',
          { ...dossierRef(current), analystId, at: now.toISOString(), by: principal.userId },
          current,
        ),
      ],
    }));
    return toDossierResponse(after);
  };
}
