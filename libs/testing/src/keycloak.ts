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
