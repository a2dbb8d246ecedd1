import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { identityEvent } from '../../common/events';
import { KeycloakAdmin } from '../../keycloak/keycloak-admin';
import { toUserResponse } from '../user.mapper';
import { UserRepository } from '../user.repository';
import { requireMayManage, requireUserReach } from '../user-access';

/**
 * Deactivates or reactivates an account of the admin's tenant. Keycloak first (it is what stops
 * the logins), then the projection with its `user.enabled_changed` event; a retry after a failure
 * in between is harmless.
 */
@Injectable()
export class SetUserEnabled {
  constructor(
    private readonly users: UserRepository,
    private readonly keycloak: KeycloakAdmin,
  ) {}

  readonly execute: RpcHandler<'identity.users.set-enabled'> = async (principal, request) => {
    const { userId, enabled } = request;
    const reach = requireUserReach(principal, 'activate or deactivate users');
    const user = await this.users.findInTenant(principal.tenantId, userId, reach);
    if (!user) throw new DomainError('not_found', `user ${userId} was not found`);
    // Locking oneself out would leave a tenant whose last admin cannot undo it.
    if (!enabled && userId === principal.userId)
      throw DomainError.conflict('you cannot deactivate your own account');
    requireMayManage(principal, user.role);
    if (user.enabled === enabled) return toUserResponse(user);

    await this.keycloak.setEnabled(userId, enabled);
    const event = identityEvent(
      'certhub.user.enabled_changed.v1',
      {
        userId,
        tenantId: user.tenantId,
        enabled,
        changedBy: principal.userId,
        // The establishment's history lists its users' deactivations and reactivations.
        ...(user.establishmentId ? { establishmentId: user.establishmentId } : {}),
      },
      { tenantId: user.tenantId, aggregateId: userId },
    );
    const updated = (await this.users.setEnabled(user.tenantId, userId, enabled, event)) ?? user;
    return toUserResponse(updated);
  };
}
