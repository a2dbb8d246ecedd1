import { Injectable } from '@nestjs/common';
import { DomainError, mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import { CertificationBodyRepository } from '../../certification-bodies/certification-body.repository';
import { isPlatformAdmin } from '../../common/access';
import { toUserResponse } from '../user.mapper';
import { UserRepository, type UserListQuery } from '../user.repository';
import { requireUserReach, type UserReach } from '../user-access';

/**
 * "Mes utilisateurs" (docs/domain/roles-and-tenancy.md#user-management): the admin's own tenant, never
 * another; for an organisation's or an establishment's administrator, the users of his perimeter.
 */
@Injectable()
export class ListUsers {
  constructor(
    private readonly users: UserRepository,
    private readonly bodies: CertificationBodyRepository,
  ) {}

  readonly execute: RpcHandler<'identity.users.list'> = (principal, query) => {
    const reach = requireUserReach(principal, 'list users');
    return this.list(principal.tenantId, query, reach);
  };

  /** A certification body's people, read by the platform's administrators (who may not manage them). */
  readonly ofCertificationBody: RpcHandler<'identity.certification-bodies.users'> = async (
    principal,
    query,
  ) => {
    if (!isPlatformAdmin(principal))
      throw DomainError.forbidden('only the platform’s administrators read another tenant’s users');
    const { cbId, ...rest } = query;
    if (!(await this.bodies.exists(cbId))) throw DomainError.notFound(`certification body ${cbId}`);
    return this.list(cbId, rest);
  };

  private async list(tenantId: string, query: UserListQuery, reach: UserReach = {}) {
    const sort = mongoSort(query.sort, '-createdAt');
    const { items, total } = await this.users.list(tenantId, query, sort, reach);
    return toPage(items.map(toUserResponse), total, query);
  }
}
