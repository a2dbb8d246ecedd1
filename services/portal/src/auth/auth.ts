import type { User, UserManager } from 'oidc-client-ts';

/** What the gateway's /config.json tells the browser: where to sign in, as which client. */
export interface PortalConfig {
  authority: string;
  clientId: string;
}

export const CALLBACK_PATH = '/auth/callback';

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
