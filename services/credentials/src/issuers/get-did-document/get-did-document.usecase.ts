import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { IssuerIdentity } from '../issuer-identity';
import { IssuerKeysRepository } from '../issuer-keys.repository';

/**
 * Public: a CB's DID document, with every key it has signed with. Its first key is made when the
 * CB is created; an id no CB has is 404 (a public route creates nothing).
 */
@Injectable()
export class GetDidDocument {
  constructor(
    private readonly keys: IssuerKeysRepository,
    private readonly identity: IssuerIdentity,
  ) {}

  readonly execute: RpcHandler<'credentials.did.get'> = async ({ cbId }) => {
    const keys = await this.keys.all(cbId);
    if (keys.length === 0) throw DomainError.notFound(`issuer ${cbId}`);
    return this.identity.didDocument(cbId, keys);
  };
}
