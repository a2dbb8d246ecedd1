import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, type Principal, type RpcResponse } from '@certhub/contracts';
import { RpcClient, unlessHidden } from '@certhub/platform';

/** Roles that may be named to handle a complaint or an appeal: the CB's staff who do not audit. */
export const HANDLER_ROLES: ReadonlySet<string> = new Set(['cb_admin', 'analyst', 'decision_maker']);

type CertificationBody = RpcResponse<'identity.certification-bodies.list'>['items'][number];

/** The complaints service's reads of identity: the CB a complaint is lodged with, its staff. */
@Injectable()
export class IdentityLookups {
  constructor(private readonly rpc: RpcClient) {}

  /** The CB, or undefined when no CB has this id (CBs are a short list every tenant may read). */
  async certificationBody(cbId: string): Promise<CertificationBody | undefined> {
    const found = await this.rpc.call(
      'identity.certification-bodies.list',
      { page: 1, pageSize: 100 },
      { principal: SYSTEM_PRINCIPAL },
    );
    return found.items.find((cb) => cb.id === cbId);
  }

  /** A user of the caller's own tenant, or undefined (identity answers 404 for anyone else's). */
  colleague(userId: string, principal: Principal): Promise<RpcResponse<'identity.users.get'> | undefined> {
    return unlessHidden(this.rpc.call('identity.users.get', { userId }, { principal }));
  }
}
