import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { IssuerIdentity } from '../../issuers/issuer-identity';
import { IssuerKeysRepository } from '../../issuers/issuer-keys.repository';
import { StatusListPublisher } from '../status-list-publisher';
import { StatusListsRepository } from '../status-lists.repository';

/**
 * Public: a CB's status list credential as last rendered; the first reader of a list nothing has
 * changed in yet gets it rendered (all zeros). An unknown issuer is 404: a public route must not
 * create keys for whatever id it is given.
 */
@Injectable()
export class GetStatusList {
  constructor(
    private readonly lists: StatusListsRepository,
    private readonly publisher: StatusListPublisher,
    private readonly keys: IssuerKeysRepository,
    private readonly identity: IssuerIdentity,
  ) {}

  readonly execute: RpcHandler<'credentials.status-list.get'> = async ({ cbId, purpose }) => {
    const id = this.identity.statusListUrl(cbId, purpose);
    const stored = await this.lists.get(cbId, purpose);
    if (stored?.jwt) return { id, jwt: stored.jwt };
    if (!(await this.keys.current(cbId))) throw DomainError.notFound(`issuer ${cbId}`);
    return { id, jwt: await this.publisher.republish(cbId, purpose) };
  };
}
