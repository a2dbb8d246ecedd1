import { runtimeEnv } from './runtime';

/** Local dev default for the realm's demo users (infra/keycloak/certhub-realm.json). */
export const DEMO_PASSWORD = 'Certhub-dev-2026';

/** A real access token from Keycloak, through the dev-only password-grant client. */
export async function passwordToken(username: string, password = DEMO_PASSWORD): Promise<string> {
  const env = runtimeEnv();
  const res = await fetch(`${env.KEYCLOAK_URL}/realms/${env.KEYCLOAK_REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'certhub-dev-cli',
      username,
      password,
      scope: 'openid',
    }),
  });
  const body = (await res.json()) as { access_token?: string; error_description?: string };
  if (!res.ok || !body.access_token)
    throw new Error(`token for ${username}: ${res.status} ${body.error_description ?? ''}`);
  return body.access_token;
}

/**
 * Tests log the same demo users in from many processes at once, which Keycloak's brute-force
 * detection takes for an attack: the user is locked out for a minute and every later login of it
 * answers "Invalid user credentials". The test runtimes turn the detection off through the admin
 * API; the realm file (dev and deployments) keeps it on.
 */
export async function allowConcurrentTestLogins(env = runtimeEnv()): Promise<void> {
  const res = await fetch(`${env.KEYCLOAK_URL}/admin/realms/${env.KEYCLOAK_REALM}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${await masterAdminToken(env)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ bruteForceProtected: false }),
  });
  if (!res.ok) throw new Error(`Keycloak realm update: ${res.status} ${await res.text()}`);
}

/** Keycloak's own administrator (master realm): test set-up and housekeeping only. */
export async function masterAdminToken(env = runtimeEnv()): Promise<string> {
  const res = await fetch(`${env.KEYCLOAK_URL}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: env.KEYCLOAK_ADMIN_USER,
      password: env.KEYCLOAK_ADMIN_PASSWORD,
    }),
  });
  const { access_token: token } = (await res.json()) as { access_token?: string };
  if (!token) throw new Error(`no Keycloak master admin token: ${res.status}`);
  return token;
}
