import { Injectable } from '@nestjs/common';
import type { DossierResponse, Principal } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../dossier-command';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';
import { IdentityDirectory } from '../identity-directory';

/** cb_admin gives the dossier to one of its CB's analysts (enabled, role analyst). */
@Injectable()
export class AssignDossier {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly identity: IdentityDirectory,
  ) {}

  readonly execute: RpcHandler<'dossier.dossiers.assign'> = async (principal, request) => {
    await this.requireAnalyst(principal, request.analystId);
    return this.assign(principal, request.dossierId, request.analystId);
  };

  /** Refuses (422) anyone but an active analyst of the caller's CB. */
  async requireAnalyst(principal: Principal, analystId: string): Promise<void> {
    if (principal.tenantType !== 'cb') return;
    // Identity answers only users of the caller's own tenant: another CB's analyst is "unknown".
    const analyst = await this.identity.user(analystId, principal);
    if (!analyst || analyst.role !== 'analyst' || !analyst.enabled || analyst.tenantId !== principal.tenantId)
      throw new DomainError(
        'validation_failed',
        `${analystId} is not an active analyst of this certification body`,
        [{ field: 'analystId', message: 'not an active analyst of this certification body' }],
      );
  }

  /** The assignment itself, once the analyst is known to be valid. */
  assign(principal: Principal, dossierId: string, analystId: string): Promise<DossierResponse> {
    return dossierCommand(this.lifecycle, principal, { dossierId }, 'assign', (current, now) => ({
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
  }
}
