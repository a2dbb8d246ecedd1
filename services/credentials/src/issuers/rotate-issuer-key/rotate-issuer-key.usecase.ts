import { Injectable } from '@nestjs/common';
import { DomainError, aggregateEvent, type RpcHandler } from '@certhub/platform';
import { IssuerIdentity } from '../issuer-identity';
import { IssuerKeysRepository } from '../issuer-keys.repository';

/**
 * A CB admin starts signing with a new key (a suspected leak, a yearly policy). The previous keys
 * stay published: credentials signed before keep verifying. To disown a leaked key's credentials,
 * they are revoked through their status, not by unpublishing the key.
 */
@Injectable()
export class RotateIssuerKey {
  constructor(
    private readonly keys: IssuerKeysRepository,
    private readonly identity: IssuerIdentity,
  ) {}

  readonly execute: RpcHandler<'credentials.issuer-keys.rotate'> = async (principal) => {
    if (principal.tenantType !== 'cb')
      throw DomainError.forbidden('only a certification body has issuer keys');
    // The gateway asks the same role; checked here too, since anything on the bus may call.
    if (!principal.roles.includes('cb_admin'))
      throw DomainError.forbidden('only a CB administrator rotates its issuer key');
    const cbId = principal.tenantId;
    const current = await this.keys.current(cbId);
    const generation = (current?.generation ?? 0) + 1;
    const did = this.identity.did(cbId);
    const kid = this.identity.kid(cbId, generation);
    const created = await this.keys.create(cbId, generation, principal.userId, (key) => [
      aggregateEvent(
        'certhub/credentials',
        'certhub.issuer_key.rotated.v1',
        {
          cbId,
          did,
          kid,
          generation,
          previousKid: this.identity.kid(cbId, generation - 1),
          rotatedBy: principal.userId,
        },
        { id: key._id, tenantId: cbId },
        key.createdAt,
      ),
    ]);
    if (!created) throw DomainError.conflict('another rotation of this issuer key just happened: look again');
    return { did, kid, keys: generation };
  };
}
