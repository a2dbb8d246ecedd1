import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ROLE_SIDES } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { tenantsOf, trainingPlaceOf } from '../../candidacy/candidacy-access';
import { candidacyEvent } from '../../candidacy/candidacy-events';
import { IdentityDirectory } from '../../candidacy/identity-directory';
import { HabilitationLifecycle } from '../habilitation-lifecycle';
import { toHabilitationResponse } from '../habilitation.mapper';
import { HabilitationRepository } from '../habilitation.repository';
import { inForce, todayOf } from '../habilitation-period';

/**
 * An establishment asks one certifier, or several branch bodies, for its habilitation
 * (docs/domain/individuals-certification.md#habilitations): one pending request per certifier at a
 * time; a request made while a habilitation with that certifier exists renews it.
 */
@Injectable()
export class RequestHabilitation {
  constructor(
    private readonly habilitations: HabilitationRepository,
    private readonly lifecycle: HabilitationLifecycle,
    private readonly identity: IdentityDirectory,
  ) {}

  readonly execute: RpcHandler<'candidacy.habilitations.request'> = async (principal, request) => {
    if (principal.tenantType !== 'network' || !principal.roles.some((r) => ROLE_SIDES[r].side === 'network'))
      throw DomainError.forbidden('habilitations are asked for by the establishment’s network');
    // 404 outside the user's perimeter.
    const establishment = await this.identity.establishment(request.establishmentId, principal);
    const certifiers = [...new Set(request.certifierIds)];
    for (const certifierId of certifiers)
      if (!(await this.identity.certifierExists(certifierId, principal)))
        throw new DomainError('not_found', `certifier ${certifierId} was not found`);
    const now = new Date();
    const today = todayOf(now);
    const place = trainingPlaceOf(establishment);
    // Every certifier checked before any request is written: asking several branch bodies creates
    // all the requests or none.
    const histories = [];
    for (const certifierId of certifiers) {
      const earlier = await this.habilitations.ofEstablishment(establishment.id, certifierId);
      if (earlier.some((h) => h.status === 'pending'))
        throw DomainError.conflict(
          `a habilitation request to ${certifierId} is already pending for this establishment`,
          { certifierId },
        );
      histories.push({ certifierId, earlier });
    }
    const created = [];
    for (const { certifierId, earlier } of histories) {
      const renews = earlier.find((h) => h.status === 'validated');
      const id = `hab_${randomBytes(8).toString('hex')}`;
      const habilitation = await this.lifecycle.create(
        principal,
        {
          _id: id,
          ...place,
          certifierId,
          tenantId: tenantsOf({ ...place, certifierId }),
          status: 'pending',
          requestedAt: now,
          requestedBy: principal.userId,
          ...(renews ? { renews: renews._id } : {}),
        },
        {
          what: renews
            ? `renewal of habilitation ${renews._id} asked of ${certifierId}${inForce(renews, today) ? ' (still in force)' : ''}`
            : `habilitation asked of ${certifierId}`,
          at: now,
          // A renewal is its own event: the inbox files it under "renouvellement d'habilitation".
          events: [
            renews
              ? candidacyEvent(
                  'certhub.habilitation.renewal_requested.v1',
                  {
                    habilitationId: id,
                    ...place,
                    certifierId,
                    renews: renews._id,
                    inForce: inForce(renews, today),
                    requestedBy: principal.userId,
                  },
                  { id, tenantId: certifierId },
                  now,
                )
              : candidacyEvent(
                  'certhub.habilitation.requested.v1',
                  {
                    habilitationId: id,
                    ...place,
                    certifierId,
                    renewal: false,
                    requestedBy: principal.userId,
                  },
                  { id, tenantId: certifierId },
                  now,
                ),
          ],
        },
      );
      created.push(toHabilitationResponse(habilitation, today));
    }
    return { items: created };
  };
}
