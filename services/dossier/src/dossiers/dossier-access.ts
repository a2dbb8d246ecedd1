import type { Principal } from '@certhub/contracts';
import { DomainError, RequestContext } from '@certhub/platform';

/** The caller restored from the NATS headers; every dossier subject needs one. */
export function requirePrincipal(): Principal {
  const principal = RequestContext.principal();
  if (!principal) throw new DomainError('unauthenticated', 'this request needs a signed-in user');
  return principal;
}
