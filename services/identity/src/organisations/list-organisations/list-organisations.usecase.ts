import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler, toPage } from '@certhub/platform';
import { isPlatformStaff } from '../../common/access';
import { mongoSort } from '@certhub/platform';
import { toOrganisationResponse } from '../organisation.mapper';
import { OrganisationRepository } from '../organisation.repository';

/**
 * The platform's view of every registered organisation ("Mes organismes",
 * docs/domain/roles-and-tenancy.md#organisations-and-sites).
 */
@Injectable()
export class ListOrganisations {
  constructor(private readonly organisations: OrganisationRepository) {}

  readonly execute: RpcHandler<'identity.organisations.list'> = async (principal, query) => {
    if (!isPlatformStaff(principal))
      throw DomainError.forbidden('only platform staff may list organisations');
    const { items, total } = await this.organisations.list(query, mongoSort(query.sort, 'name'));
    return toPage(items.map(toOrganisationResponse), total, query);
  };
}
