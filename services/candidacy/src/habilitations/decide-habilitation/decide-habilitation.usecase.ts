import { Injectable } from '@nestjs/common';
import { candidacyEvent } from '../../candidacy/candidacy-events';
import { HabilitationLifecycle } from '../habilitation-lifecycle';
import { toHabilitationResponse } from '../habilitation.mapper';
import { todayOf } from '../habilitation-period';
import { type RpcHandler } from '@certhub/platform';

/** The certifier asked validates the request for a period, or rejects it with a reason the establishment reads. */
@Injectable()
export class DecideHabilitation {
  constructor(private readonly lifecycle: HabilitationLifecycle) {}

  readonly execute: RpcHandler<'candidacy.habilitations.decide'> = async (principal, request) => {
    const validated = request.decision === 'validated';
    const { after } = await this.lifecycle.apply(
      principal,
      request.habilitationId,
      validated ? 'validate' : 'reject',
      (h, now) => ({
        $set: {
          decidedAt: now,
          decidedBy: principal.userId,
          ...(validated
            ? { startsOn: request.startsOn, endsOn: request.endsOn }
            : { rejectionReason: request.reason }),
        },
        what: validated
          ? `habilitation validated from ${request.startsOn ?? ''} to ${request.endsOn ?? ''}`
          : `habilitation rejected: ${request.reason ?? ''}`,
        events: () => {
          const decision = {
            habilitationId: h._id,
            establishmentId: h.establishmentId,
            trainingOrganisationId: h.trainingOrganisationId,
            networkId: h.networkId,
            certifierId: h.certifierId,
            decision: request.decision,
            ...(validated
              ? { startsOn: request.startsOn, endsOn: request.endsOn }
              : { reason: request.reason }),
            decidedBy: principal.userId,
          };
          const scope = { id: h._id, tenantId: h.networkId };
          // The decision on a renewal is filed under "renouvellement d'habilitation".
          return [
            h.renews
              ? candidacyEvent(
                  'certhub.habilitation.renewal_decided.v1',
                  { ...decision, renews: h.renews },
                  scope,
                  now,
                )
              : candidacyEvent('certhub.habilitation.decided.v1', decision, scope, now),
          ];
        },
      }),
    );
    return toHabilitationResponse(after, todayOf(new Date()));
  };
}
