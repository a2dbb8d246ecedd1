import type { Principal } from '@certhub/contracts';
import { DomainError, RequestContext } from '@certhub/platform';

/** The caller restored from the NATS headers: reading schemes needs a signed-in user. */
export function requirePrincipal(): Principal {
  const principal = RequestContext.principal();
  if (!principal) throw new DomainError('unauthenticated', 'this request needs a signed-in user');
  return principal;
}

/** Schemes are authored by the platform: a scheme manager or a platform administrator. */
export function requireSchemeAuthor(principal: Principal): void {
  const author =
    principal.tenantType === 'platform' &&
    principal.roles.some((role) => role === 'scheme_manager' || role === 'platform_admin');
  if (!author)
    throw DomainError.forbidden('only a scheme manager or a platform administrator may publish a scheme');
}
