import { Injectable } from '@nestjs/common';
import { OrganisationRepository } from '../../organisations/organisation.repository';
import { CompanyRegistry } from '../../companies/company-registry';
import { type RpcHandler } from '@certhub/platform';

/**
 * Public: a newcomer finds a company to register. Offline, the bundled dataset is synthetic, so
 * saying which of its companies are still free reveals nothing about anyone: the registered ones
 * are left out and every answer can be registered. Against the live registry nothing is left out:
 * that would tell anyone which real companies use certhub.
 */
@Injectable()
export class SearchCompanies {
  constructor(
    private readonly companies: CompanyRegistry,
    private readonly organisations: OrganisationRepository,
  ) {}

  readonly execute: RpcHandler<'identity.companies.search'> = async (request) => {
    const exclude = this.companies.offline ? await this.organisations.registeredSirens() : undefined;
    const { items, total } = await this.companies.search({ ...request, ...(exclude ? { exclude } : {}) });
    return { items, total, page: request.page, pageSize: request.pageSize };
  };
}
