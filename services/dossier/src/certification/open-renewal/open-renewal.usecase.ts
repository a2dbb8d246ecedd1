import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { CreateDossier } from '../../dossiers/create-dossier/create-dossier.usecase';
import { toDossierResponse } from '../../dossiers/dossier.mapper';
import { DOSSIER_GUARDS } from '../../lifecycle/dossier-guards';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle.service';
import { retryOnStale } from '../../lifecycle/retry-on-stale';

/**
 * The applicant opens the renewal in the scheme's window, before expiry
 * (docs/domain/organisation-certification.md#renewal). With the same CB the dossier goes on to a renewal
 * audit. With another CB the renewal becomes an initial audit (#renewal-with-another-cb): a new dossier for
 * that CB (its questionnaire pre-filled from this one) carries the link, and this dossier records the change;
 * its certificate runs until its end.
 */
@Injectable()
export class OpenRenewal {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly createDossier: CreateDossier,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.renewals.open'>,
  ): Promise<RpcResponse<'dossier.renewals.open'>> {
    const current = await this.lifecycle.loadFor(principal, request.dossierId, 'open_renewal');
    const certificate = current.certificate;
    const changeOfCb = request.cbId !== undefined && request.cbId !== current.cbId;
    // Refuse early what the lifecycle would refuse, before a new dossier exists for nothing.
    if (!principal.roles.includes('org_admin'))
      throw DomainError.forbidden('only the organisation’s administrator opens a renewal');
    if (!certificate || !DOSSIER_GUARDS.renewal_window_open(current))
      throw new DomainError('invalid_transition', 'the renewal window of this certificate is not open', {
        currentStatus: current.status,
        action: 'open_renewal',
        guard: 'renewal_window_open',
        ...(current.cycle?.renewalOpensOn ? { opensOn: current.cycle.renewalOpensOn } : {}),
      });

    const newDossier = changeOfCb
      ? await this.createDossier.execute(
          principal,
          {
            schemeId: current.schemeId,
            ...(current.level ? { level: current.level } : {}),
            cbId: request.cbId as string,
          },
          {
            renewalOf: {
              dossierId: current._id,
              certificateId: certificate.certificateId,
              cbId: current.cbId,
              changeOfCb: true,
            },
            answers: current.questionnaire.answers,
          },
        )
      : undefined;
    const renewal = {
      openedAt: new Date(),
      changeOfCb,
      auditType: changeOfCb ? ('initial' as const) : ('renewal' as const),
      ...(newDossier ? { newCbId: newDossier.cbId, newDossierId: newDossier.id } : {}),
    };
    const updated = await retryOnStale(() =>
      this.lifecycle.apply({
        dossierId: current._id,
        action: 'open_renewal',
        principal,
        update: { $set: { 'cycle.renewal': renewal } },
        trail: {
          what: changeOfCb
            ? `renewal opened with another certification body (${renewal.newCbId}): initial audit in dossier ${newDossier?.reference}`
            : 'renewal opened',
          after: renewal,
        },
      }),
    );
    return { dossier: toDossierResponse(updated), ...(newDossier ? { newDossier } : {}) };
  }
}
