import type { Principal } from '@certhub/contracts';
import { DomainError, RequestContext } from '@certhub/platform';

/** The signed-in user whose inbox and preferences a request reads: always the caller's own. */
export function requireUser(): Principal {
  const principal = RequestContext.principal();
  if (!principal) throw new DomainError('unauthenticated', 'this request needs a signed-in user');
  return principal;
}
