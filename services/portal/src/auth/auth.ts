import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** What the gateway's /config.json tells the browser: where to sign in, as which client. */
export interface PortalConfig {
  authority: string;
  clientId: string;
}

export const CALLBACK_PATH = '/auth/callback';

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

let current: User | null = null;

/** The access token the API client sends; kept up to date by the session below. */
export const accessToken = (): string | undefined => current?.access_token;

export function trackUser(userManager: UserManager, user: User | null): void {
  current = user;
  userManager.events.addUserLoaded((loaded) => {
    current = loaded;
  });
  userManager.events.addUserUnloaded(() => {
    current = null;
  });
}

export interface ReturnState {
  returnTo: string;
}
