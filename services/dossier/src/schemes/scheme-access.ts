import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/** Schemes are authored by the platform: a scheme manager or a platform administrator. */
export function requireSchemeAuthor(principal: Principal): void {
  const author =
    principal.tenantType === 'platform' &&
    principal.roles.some((role) => role === 'scheme_manager' || role === 'platform_admin');
  if (!author)
    throw DomainError.forbidden('only a scheme manager or a platform administrator may publish a scheme');
}
