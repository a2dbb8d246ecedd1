import { Injectable } from '@nestjs/common';
import { isSystemPrincipal } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { UserRepository } from '../user.repository';

/**
 * Whether a signed-in user may still act, for the gateway's check on each request. Internal
 * callers only: it says across tenants whether an id is an enabled account.
 */
@Injectable()
export class GetUserAccess {
  constructor(private readonly users: UserRepository) {}

  readonly execute: RpcHandler<'identity.users.access'> = async (principal, request) => {
    if (!isSystemPrincipal(principal))
      throw DomainError.forbidden('user access is checked by internal services only');
    return { active: (await this.users.isEnabled(request.userId)) ?? true };
  };
}
