import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, type Principal, type RpcResponse } from '@certhub/contracts';
import { findOnPages, RpcClient, unlessHidden } from '@certhub/platform';

export type CertificationBodyInfo = RpcResponse<'identity.certification-bodies.list'>['items'][number];
export type OrganisationInfo = RpcResponse<'identity.organisations.get'>;
export type SiteInfo = RpcResponse<'identity.sites.list'>['items'][number];

/** The dossier service's reads of identity (organisations, sites, CBs, users): always typed RPC. */
@Injectable()
export class IdentityDirectory {
  constructor(private readonly rpc: RpcClient) {}

  /** Every CB of the platform (a short list: reference data every tenant may read). */
  certificationBody(
    cbId: string,
    principal: Principal = SYSTEM_PRINCIPAL,
  ): Promise<CertificationBodyInfo | undefined> {
    return findOnPages(
      (page) => this.rpc.call('identity.certification-bodies.list', { page, pageSize: 100 }, { principal }),
      (b) => b.id === cbId,
    );
  }

  organisation(organisationId: string, principal: Principal): Promise<OrganisationInfo> {
    return this.rpc.call('identity.organisations.get', { organisationId }, { principal });
  }

  async sites(organisationId: string, principal: Principal): Promise<SiteInfo[]> {
    const found = await this.rpc.call(
      'identity.sites.list',
      { organisationId, pageSize: 100 },
      { principal },
    );
    return found.items;
  }

  /**
   * The company registry's record of an establishment, or undefined when the registry does not know
   * it or does not answer: what it adds is a convenience, never a reason to refuse.
   */
  async company(siret: string): Promise<RpcResponse<'identity.companies.lookup'> | undefined> {
    return this.rpc.call('identity.companies.lookup', { siret }).catch(() => undefined);
  }

  /** The user if the principal may see him (identity scopes users to the caller's tenant). */
  user(userId: string, principal: Principal): Promise<RpcResponse<'identity.users.get'> | undefined> {
    return unlessHidden(this.rpc.call('identity.users.get', { userId }, { principal }));
  }
}
