import { Injectable } from '@nestjs/common';
import { isSystemPrincipal, perimeterFitsRole, type RpcRequest, type Role } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import type { Sort } from '../../common/paging';
import { UserRepository } from '../user.repository';
import type { User } from '../user.schema';

const PAGE_SIZE = 100;
/** A bound on one role's audience, so a runaway rule cannot read a whole tenant page after page. */
const MAX_PAGES = 20;
const OLDEST_FIRST: Sort = { createdAt: 1, _id: 1 };

/**
 * Who a notification goes to: the enabled users of one tenant, by role and/or id. It hands out
 * e-mail addresses across tenants, so only internal callers acting as the SYSTEM principal may ask;
 * the gateway builds principals from user tokens only and exposes no route to it.
 */
@Injectable()
export class ResolveRecipients {
  constructor(private readonly users: UserRepository) {}

  readonly execute: RpcHandler<'identity.recipients.resolve'> = async (principal, request) => {
    if (!isSystemPrincipal(principal))
      throw DomainError.forbidden('recipients are resolved for internal services only');
    const found = request.userIds
      ? await this.byIds(request.tenantId, request.userIds)
      : await this.byRoles(request.tenantId, request.roles);
    return found
      .filter((user) => user.enabled && (!request.roles || request.roles.includes(user.role)))
      .filter((user) => !request.within || reaches(user, request.within))
      .map((user) => ({
        userId: user._id,
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        role: user.role,
        locale: user.locale,
      }));
  };

  private async byIds(tenantId: string, ids: string[]): Promise<User[]> {
    const users = await Promise.all([...new Set(ids)].map((id) => this.users.findInTenant(tenantId, id)));
    return users.filter((user): user is User => user !== null);
  }

  /** Every enabled user of the roles (all roles when none is given), one role at a time. */
  private async byRoles(tenantId: string, roles: Role[] | undefined): Promise<User[]> {
    const found = new Map<string, User>();
    for (const role of roles ?? [undefined]) {
      for (let page = 1; page <= MAX_PAGES; page += 1) {
        const { items } = await this.users.list(
          tenantId,
          { page, pageSize: PAGE_SIZE, enabled: true, ...(role ? { role } : {}) },
          OLDEST_FIRST,
        );
        items.forEach((user) => found.set(user._id, user));
        if (items.length < PAGE_SIZE) break;
      }
    }
    return [...found.values()];
  }
}

/**
 * Whether a training network's user's perimeter reaches the place: the network's own staff reach
 * all of it, an organisation's its establishments, an establishment's users their establishment.
 * A place naming only an organisation is the whole of it: its establishments' users are in it.
 * A user whose recorded perimeter does not fit his role (an account recorded before perimeters
 * were) is left out rather than told of every establishment's candidates.
 */
function reaches(
  user: User,
  place: NonNullable<RpcRequest<'identity.recipients.resolve'>['within']>,
): boolean {
  const perimeter = user.trainingOrganisationId
    ? {
        trainingOrganisationId: user.trainingOrganisationId,
        ...(user.establishmentId ? { establishmentId: user.establishmentId } : {}),
      }
    : undefined;
  if (!perimeterFitsRole(user.role, perimeter)) return false;
  if (!perimeter) return true;
  if (perimeter.trainingOrganisationId !== place.trainingOrganisationId) return false;
  return (
    !perimeter.establishmentId ||
    !place.establishmentId ||
    perimeter.establishmentId === place.establishmentId
  );
}
