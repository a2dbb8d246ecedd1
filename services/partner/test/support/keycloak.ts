import { masterAdminToken, runtimeEnv } from '@certhub/testing';

async function admin(path: string, init: RequestInit = {}): Promise<Response> {
  const env = runtimeEnv();
  return fetch(`${env.KEYCLOAK_URL}/admin/realms/${env.KEYCLOAK_REALM}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${await masterAdminToken()}`,
      'content-type': 'application/json',
      ...init.headers,
    },
  });
}

async function clientUuid(clientId: string): Promise<string | undefined> {
  const found = (await (await admin(`/clients?clientId=${encodeURIComponent(clientId)}`)).json()) as {
    id: string;
  }[];
  return found[0]?.id;
}

/** Removes the partner clients a test created, so the shared realm does not fill up. */
export async function removeClients(clientIds: string[]): Promise<void> {
  for (const clientId of clientIds) {
    const id = await clientUuid(clientId);
    if (id) await admin(`/clients/${id}`, { method: 'DELETE' });
  }
}

/** A partner's access token, as the partner itself gets it. */
export async function clientCredentialsToken(clientId: string, clientSecret: string): Promise<string> {
  const env = runtimeEnv();
  const res = await fetch(`${env.KEYCLOAK_URL}/realms/${env.KEYCLOAK_REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token for ${clientId}: ${res.status}`);
  return body.access_token;
}
