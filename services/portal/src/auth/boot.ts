import type { User, UserManager } from 'oidc-client-ts';
import { CALLBACK_PATH, type PortalConfig, type ReturnState } from './auth';

export type Boot =
  | { kind: 'signed-in'; userManager: UserManager; user: User }
  | { kind: 'public' }
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
 * Tokens live in memory, so a reload of a public page (the welcome page above all) would show a
 * signed-in person the visitor's page. This mark, set at each sign-in and removed at sign-out, says
 * that Keycloak probably still holds a session: such a reload asks it quietly (`prompt=none`), which
 * answers at once with the user, or with `login_required` when the session has ended.
 */
const SESSION_MARK = 'certhub.session';
const QUIET_REFUSALS = new Set(['login_required', 'interaction_required', 'consent_required']);

export function forgetSession(): void {
  window.localStorage.removeItem(SESSION_MARK);
}

function signedIn(userManager: UserManager, user: User): Boot {
  window.localStorage.setItem(SESSION_MARK, '1');
  return { kind: 'signed-in', userManager, user };
}

/**
 * Before the app renders: finish a sign-in that Keycloak redirected back, or start one. Every page
 * but the public ones needs a signed-in user.
 */
export async function boot(language: string): Promise<Boot> {
  const { pathname, search, hash } = window.location;
  // Tokens live in memory, so nobody is signed in on a fresh load: a public page without the
  // session mark is a visitor's, and needs no OIDC client (nor its download) at all.
  if (isPublicPath(pathname) && !window.localStorage.getItem(SESSION_MARK)) return { kind: 'public' };
  let userManager: UserManager | undefined;
  try {
    const [res, { createUserManager, ErrorResponse }] = await Promise.all([
      fetch('/config.json'),
      import('./user-manager'),
    ]);
    if (!res.ok) throw new Error(`/config.json answered ${res.status}`);
    userManager = createUserManager((await res.json()) as PortalConfig);
    if (pathname === CALLBACK_PATH) {
      try {
        const user = await userManager.signinRedirectCallback();
        window.history.replaceState(null, '', safeReturn((user.state as ReturnState | undefined)?.returnTo));
        return signedIn(userManager, user);
      } catch (error) {
        // The quiet check found no session any more: back to the public page, as a visitor.
        if (!(error instanceof ErrorResponse && error.error && QUIET_REFUSALS.has(error.error))) throw error;
        forgetSession();
        window.history.replaceState(null, '', safeReturn((error.state as ReturnState | undefined)?.returnTo));
        return { kind: 'public' };
      }
    }
    const user = await userManager.getUser();
    if (user && !user.expired) return signedIn(userManager, user);
    if (isPublicPath(pathname)) {
      await userManager.signinRedirect({
        prompt: 'none',
        state: { returnTo: `${pathname}${search}${hash}` } satisfies ReturnState,
      });
      return { kind: 'redirecting' };
    }
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
