import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
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
    const cbId = principal.tenantId;
    const current = await this.keys.current(cbId);
    const generation = (current?.generation ?? 0) + 1;
    const created = await this.keys.create(cbId, generation);
    if (!created) throw DomainError.conflict('another rotation of this issuer key just happened: look again');
    return { did: this.identity.did(cbId), kid: this.identity.kid(cbId, generation), keys: generation };
  };
}
