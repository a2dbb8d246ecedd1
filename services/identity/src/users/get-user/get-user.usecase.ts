import { Injectable, Logger } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { KeycloakAdmin } from '../../keycloak/keycloak-admin';
import { toUserResponse } from '../user.mapper';
import { UserRepository } from '../user.repository';
import type { User } from '../user.schema';
import { requireUserReach } from '../user-access';

@Injectable()
export class GetUser {
  private readonly logger = new Logger(GetUser.name);

  constructor(
    private readonly users: UserRepository,
    private readonly keycloak: KeycloakAdmin,
  ) {}

  readonly execute: RpcHandler<'identity.users.get'> = async (principal, request) => {
    const reach = requireUserReach(principal, 'read users');
    // Scoped to the admin's tenant (and perimeter): a user beyond them is as unknown as a wrong id.
    const user = await this.users.findInTenant(principal.tenantId, request.userId, reach);
    if (!user) throw new DomainError('not_found', `user ${request.userId} was not found`);
    return toUserResponse(await this.withVerification(user));
  };

  /**
   * Keycloak verifies e-mails on its own, so an unverified projection is checked against it: the
   * admin sees when an invitation was accepted. Best effort: the projection answers if Keycloak
   * does not.
   */
  private async withVerification(user: User): Promise<User> {
    if (user.emailVerified) return user;
    try {
      const current = await this.keycloak.findById(user._id);
      if (!current?.emailVerified) return user;
      return (
        (await this.users.refresh(user.tenantId, user._id, {
          emailVerified: true,
          enabled: current.enabled,
        })) ?? user
      );
    } catch (error) {
      this.logger.warn(`could not refresh user ${user._id} from Keycloak: ${String(error)}`);
      return user;
    }
  }
}
