import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import { findVisibleOrganisation } from '../organisation-access';
import { toSiteResponse } from '../organisation.mapper';
import { OrganisationRepository } from '../organisation.repository';
import { SiteRepository } from '../site.repository';

@Injectable()
export class ListSites {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly sites: SiteRepository,
  ) {}

  readonly execute: RpcHandler<'identity.sites.list'> = async (principal, query) => {
    await findVisibleOrganisation(this.organisations, principal, query.organisationId);
    // Headquarters first unless the caller sorts otherwise.
    const sort = query.sort
      ? mongoSort(query.sort, 'siret')
      : { headquarters: -1 as const, siret: 1 as const, _id: 1 as const };
    const { items, total } = await this.sites.list(query.organisationId, query, sort);
    return toPage(items.map(toSiteResponse), total, query);
  };
}
