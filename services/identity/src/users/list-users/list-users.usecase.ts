import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { pageOf, toSort } from '../../common/paging';
import { toUserResponse } from '../user.mapper';
import { UserRepository } from '../user.repository';
import { requireTenantAdmin } from '../user-access';

const SORTABLE = ['email', 'firstName', 'lastName', 'role', 'createdAt'] as const;

/**
 * "Mes utilisateurs" (docs/domain/roles-and-tenancy.md#user-management): the admin's own tenant, never
 * another.
 */
@Injectable()
export class ListUsers {
  constructor(private readonly users: UserRepository) {}

  async execute(
    principal: Principal,
    query: RpcPayload<'identity.users.list'>,
  ): Promise<RpcResponse<'identity.users.list'>> {
    requireTenantAdmin(principal, 'list users');
    const { items, total } = await this.users.list(
      principal.tenantId,
      query,
      toSort(query.sort, SORTABLE, '-createdAt'),
    );
    return pageOf(items.map(toUserResponse), total, query);
  }
}
