import { Injectable } from '@nestjs/common';
import type { Principal, RpcResponse } from '@certhub/contracts';
import { findOnPages, RpcClient } from '@certhub/platform';

export type EstablishmentInfo = RpcResponse<'identity.establishments.get'>;
type CertificationBody = RpcResponse<'identity.certification-bodies.list'>['items'][number];

/** The candidacy service's reads of identity: typed RPC, as the caller (identity scopes them). */
@Injectable()
export class IdentityDirectory {
  constructor(private readonly rpc: RpcClient) {}

  /** The establishment if the principal reaches it; identity answers 404 otherwise. */
  establishment(establishmentId: string, principal: Principal): Promise<EstablishmentInfo> {
    return this.rpc.call('identity.establishments.get', { establishmentId }, { principal });
  }

  /** One page of a training organisation's establishments, those the principal reaches. */
  establishmentsOf(
    trainingOrganisationId: string,
    page: number,
    principal: Principal,
  ): Promise<RpcResponse<'identity.establishments.list'>> {
    return this.rpc.call(
      'identity.establishments.list',
      { trainingOrganisationId, page, pageSize: 100 },
      { principal },
    );
  }

  /** Whether a certification body of that id exists (reference data every tenant reads). */
  async certifierExists(certifierId: string, principal: Principal): Promise<boolean> {
    return (await this.certifier(certifierId, principal)) !== undefined;
  }

  /** The certification body of that id, if there is one. */
  certifier(certifierId: string, principal: Principal): Promise<CertificationBody | undefined> {
    return findOnPages(
      (page) => this.rpc.call('identity.certification-bodies.list', { page, pageSize: 100 }, { principal }),
      (b) => b.id === certifierId,
    );
  }
}
