import type { User, UserManager } from 'oidc-client-ts';
import { CALLBACK_PATH, createUserManager, type PortalConfig, type ReturnState } from './auth';

export type Boot =
  | { kind: 'signed-in'; userManager: UserManager; user: User }
  | { kind: 'public'; userManager: UserManager }
  | { kind: 'redirecting' }
  | { kind: 'failed'; userManager?: UserManager; error: unknown };

/** Only a path of this origin is a place to come back to (never `//elsewhere`). */
const safeReturn = (path: unknown): string =>
  typeof path === 'string' && /^\/(?!\/)/.test(path) ? path : '/';

/**
 * Pages for visitors: the welcome page (the dashboard once signed in), registration, the public
 * registry with its certificate pages, the credential verification page (where a certificate's QR
 * code leads), lodging a complaint and following it through the private link mailed to its author.
 */
export const PUBLIC_PATHS = ['/', '/register', '/complaints/new'];
const PUBLIC_PREFIXES = ['/registry', '/verify', '/complaints/follow'];
export const isPublicPath = (pathname: string): boolean =>
  PUBLIC_PATHS.includes(pathname) ||
  PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

/** A plain link here starts a sign-in, then lands on the dashboard. */
export const SIGN_IN_PATH = '/sign-in';

/**
 * Before the app renders: finish a sign-in that Keycloak redirected back, or start one. Every page
 * but the public ones needs a signed-in user.
 */
export async function boot(language: string): Promise<Boot> {
  let userManager: UserManager | undefined;
  try {
    const res = await fetch('/config.json');
    if (!res.ok) throw new Error(`/config.json answered ${res.status}`);
    userManager = createUserManager((await res.json()) as PortalConfig);
    if (window.location.pathname === CALLBACK_PATH) {
      const user = await userManager.signinRedirectCallback();
      window.history.replaceState(null, '', safeReturn((user.state as ReturnState | undefined)?.returnTo));
      return { kind: 'signed-in', userManager, user };
    }
    const user = await userManager.getUser();
    if (user && !user.expired) return { kind: 'signed-in', userManager, user };
    const { pathname, search, hash } = window.location;
    if (isPublicPath(pathname)) return { kind: 'public', userManager };
    await userManager.signinRedirect({
      state: {
        returnTo: pathname === SIGN_IN_PATH ? '/' : `${pathname}${search}${hash}`,
      } satisfies ReturnState,
      extraQueryParams: { ui_locales: language },
    });
    return { kind: 'redirecting' };
  } catch (error) {
    return { kind: 'failed', ...(userManager ? { userManager } : {}), error };
  }
}
