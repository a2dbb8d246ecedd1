import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal, Role } from '@certhub/contracts';
import { DomainError, PUBLIC_ROUTE, RequestContext, SERVICE_CONFIG, TokenVerifier } from '@certhub/platform';
import type { z } from 'zod';
import type { GatewayEnv } from '../config';
import { ActiveUsers } from './active-users';
import { REQUIRED_ROLES, SIGNED_IN_OPTIONAL, type AuthenticatedRequest } from './auth.decorators';

/** Deny by default: every route needs a valid token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verifier: TokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    private readonly activeUsers: ActiveUsers,
    @Inject(SERVICE_CONFIG) config: z.infer<typeof GatewayEnv>,
  ) {
    this.verifier = new TokenVerifier({
      keycloakUrl: config.KEYCLOAK_URL,
      realm: config.KEYCLOAK_REALM,
      audience: config.TOKEN_AUDIENCE,
      clockToleranceSeconds: config.TOKEN_CLOCK_TOLERANCE_S,
      jwks: { refreshAfterMs: config.JWKS_REFRESH_AFTER_MS },
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      // A token sent where the caller is optional is checked all the same: a wrong or expired one
      // is refused rather than silently treated as nobody's.
      if (
        request.headers.authorization &&
        this.reflector.getAllAndOverride<boolean>(SIGNED_IN_OPTIONAL, targets)
      )
        await this.authenticate(request);
      return true;
    }

    const principal = await this.authenticate(request);

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((role) => principal.roles.includes(role))) {
      throw DomainError.forbidden(`this action needs one of the roles: ${required.join(', ')}`);
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new DomainError('unauthenticated', 'a bearer access token is required');
    }
    const principal = await this.verifier.verify(token);
    await this.activeUsers.requireActive(principal.userId);
    request.principal = principal;
    RequestContext.setPrincipal(principal);
    return principal;
  }
}
