import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler } from '@certhub/platform';
import { pageOf } from '../../common/paging';
import { toUserResponse } from '../user.mapper';
import { UserRepository } from '../user.repository';
import { requireTenantAdmin } from '../user-access';

/**
 * "Mes utilisateurs" (docs/domain/roles-and-tenancy.md#user-management): the admin's own tenant, never
 * another.
 */
@Injectable()
export class ListUsers {
  constructor(private readonly users: UserRepository) {}

  readonly execute: RpcHandler<'identity.users.list'> = async (principal, query) => {
    requireTenantAdmin(principal, 'list users');
    const { items, total } = await this.users.list(
      principal.tenantId,
      query,
      mongoSort(query.sort, '-createdAt'),
    );
    return pageOf(items.map(toUserResponse), total, query);
  };
}
