import { runtimeEnv } from './runtime';

/** Local dev default for the realm's demo users (infra/keycloak/certhub-realm.json). */
export const DEMO_PASSWORD = 'Certhub-dev-2026';

/** A token from one of Keycloak's realms' token endpoint, for the grant the parameters name. */
async function grantToken(
  realm: string,
  params: Record<string, string>,
  who: string,
  env = runtimeEnv(),
): Promise<string> {
  const res = await fetch(`${env.KEYCLOAK_URL}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params),
  });
  const body = (await res.json()) as { access_token?: string; error_description?: string };
  if (!res.ok || !body.access_token)
    throw new Error(`token for ${who}: ${res.status} ${body.error_description ?? ''}`);
  return body.access_token;
}

/** A real access token from Keycloak, through the dev-only password-grant client. */
export async function passwordToken(username: string, password = DEMO_PASSWORD): Promise<string> {
  const params = {
    grant_type: 'password',
    client_id: 'certhub-dev-cli',
    username,
    password,
    scope: 'openid',
  };
  return grantToken(runtimeEnv().KEYCLOAK_REALM, params, username);
}

/** A partner client's own access token (client credentials), as the partner itself gets it. */
export async function clientCredentialsToken(clientId: string, clientSecret: string): Promise<string> {
  const params = { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret };
  return grantToken(runtimeEnv().KEYCLOAK_REALM, params, clientId);
}

/** Removes the clients a test created (partners), so the shared realm does not fill up. */
export async function removeClients(clientIds: readonly string[], env = runtimeEnv()): Promise<void> {
  const clients = `${env.KEYCLOAK_URL}/admin/realms/${env.KEYCLOAK_REALM}/clients`;
  const headers = { authorization: `Bearer ${await masterAdminToken(env)}` };
  for (const clientId of clientIds) {
    const res = await fetch(`${clients}?clientId=${encodeURIComponent(clientId)}`, { headers });
    for (const { id } of (await res.json()) as { id: string }[])
      await fetch(`${clients}/${id}`, { method: 'DELETE', headers });
  }
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
  const params = {
    grant_type: 'password',
    client_id: 'admin-cli',
    username: env.KEYCLOAK_ADMIN_USER,
    password: env.KEYCLOAK_ADMIN_PASSWORD,
  };
  return grantToken('master', params, 'the Keycloak master admin', env);
}
