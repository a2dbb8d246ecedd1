import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, type Principal, type RpcResponse } from '@certhub/contracts';
import { DomainError, RpcClient, unlessHidden } from '@certhub/platform';

/** Roles that may be named to handle a complaint or an appeal: the CB's staff who do not audit. */
const HANDLER_ROLES: ReadonlySet<string> = new Set(['cb_admin', 'analyst', 'decision_maker']);

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

  /**
   * The user named to handle the caller's `cases` (complaints or appeals): an active member of the
   * caller's own CB in a handler role (identity answers 404 for anyone else's), else 422 on `handlerId`.
   */
  async requireHandler(
    handlerId: string,
    principal: Principal,
    cases: 'complaints' | 'appeals',
  ): Promise<RpcResponse<'identity.users.get'>> {
    const handler = await unlessHidden(
      this.rpc.call('identity.users.get', { userId: handlerId }, { principal }),
    );
    if (!handler?.enabled || !HANDLER_ROLES.has(handler.role))
      throw DomainError.invalid(
        [{ field: 'handlerId', message: 'an active administrator, analyst or decision maker of the CB' }],
        `${handlerId} cannot handle ${cases}`,
      );
    return handler;
  }
}
