import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { belongsToOrganisation, hasRole, isPlatformAdmin } from '../../common/access';
import { newId } from '../../common/ids';
import { CompanyRegistry } from '../../companies/company-registry';
import { findVisibleOrganisation } from '../organisation-access';
import { toSiteResponse } from '../organisation.mapper';
import { SiteRepository } from '../site.repository';
import { OrganisationRepository } from '../organisation.repository';
import { requireEstablishmentOf } from '../../common/establishment-of';

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
    const isItsAdmin = belongsToOrganisation(principal, organisationId) && hasRole(principal, 'org_admin');
    if (!isItsAdmin && !isPlatformAdmin(principal))
      throw DomainError.forbidden(
        'only the organisation’s administrators or the platform may declare its sites',
      );
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
