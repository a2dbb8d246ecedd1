import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { newId } from '../../common/ids';
import { CompanyRegistry } from '../../companies/company-registry';
import { findVisibleOrganisation } from '../organisation-access';
import { toSiteResponse } from '../organisation.mapper';
import { SiteRepository } from '../site.repository';
import { OrganisationRepository } from '../organisation.repository';
import { requireEstablishmentOf } from '../../common/establishment-of';
import { requireSitesAdmin } from '../import-sites/sites-import-context';

/**
 * A multi-site organisation declares a site by its SIRET, pre-filled from the registry
 * (docs/domain/roles-and-tenancy.md#multi-site-organisations).
 */
@Injectable()
export class AddSite {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly sites: SiteRepository,
    private readonly companies: CompanyRegistry,
  ) {}

  readonly execute: RpcHandler<'identity.sites.add'> = async (principal, request) => {
    const { organisationId, siret } = request;
    const organisation = await findVisibleOrganisation(this.organisations, principal, organisationId);
    requireSitesAdmin(principal, organisationId);
    requireEstablishmentOf(siret, organisation.siren);
    const company = await this.companies.findBySiret(siret);
    if (!company)
      throw new DomainError('not_found', `no open establishment with SIRET ${siret} in the company registry`);
    const site = await this.sites.insert({
      id: newId('site'),
      organisationId,
      siret,
      name: company.name,
      address: company.address,
      headquarters: company.headquarters,
    });
    return toSiteResponse(site);
  };
}
