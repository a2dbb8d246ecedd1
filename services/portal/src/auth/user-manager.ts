import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { CALLBACK_PATH, type PortalConfig } from './auth';

// The OIDC client, in a chunk of its own: boot.ts loads it only for a sign-in or a signed-in page,
// so a visitor's first page (the welcome page, registration, the registry) downloads none of it.
export { ErrorResponse } from 'oidc-client-ts';

/**
 * Authorisation code + PKCE with the realm's public client. Tokens live in memory only (a reload
 * asks Keycloak again, which answers at once while its session lasts); the sign-in state (PKCE
 * verifier, where to go back) survives the redirect in sessionStorage. Renewal uses the refresh
 * token before the access token expires.
 */
export function createUserManager(config: PortalConfig, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    monitorSession: false,
  });
}
