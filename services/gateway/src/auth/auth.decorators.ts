import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal, Role } from '@certhub/contracts';
import type { Request } from 'express';

export const REQUIRED_ROLES = 'certhub:roles';

/** Any one of these roles is enough. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const SIGNED_IN_OPTIONAL = 'certhub:signed-in-optional';

/** On a public route: a bearer token, when sent, is verified and makes the caller known. */
export const SignedInOptional = () => SetMetadata(SIGNED_IN_OPTIONAL, true);

export type AuthenticatedRequest = Request & { principal?: Principal };

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
