import { runtimeEnv } from '@certhub/testing';

/**
 * The realm's `certhub-identity` service account lacks `manage-clients`, which creating partner
 * clients needs. Until the realm file grants it, tests run the partner service with a client of
 * their own that has it, provisioned here with the master admin (idempotent: every test file
 * may call it, concurrently).
 */
const ADMIN_CLIENT_ID = 'certhub-partner-test-admin';
const ADMIN_CLIENT_SECRET = 'certhub-partner-test-admin-secret';
// What certhub-identity has, plus manage-clients (which includes view-clients).
const ADMIN_ROLES = ['manage-clients', 'manage-users', 'view-users', 'query-users', 'view-realm'];

async function masterToken(): Promise<string> {
  const env = runtimeEnv();
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
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no master admin token: ${res.status}`);
  return body.access_token;
}

async function admin(path: string, init: RequestInit = {}): Promise<Response> {
  const env = runtimeEnv();
  return fetch(`${env.KEYCLOAK_URL}/admin/realms/${env.KEYCLOAK_REALM}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${await masterToken()}`,
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

/** Env for the partner service: an admin client whose service account may create clients. */
export async function partnerAdminEnv(): Promise<Record<string, string>> {
  if (!(await clientUuid(ADMIN_CLIENT_ID))) {
    const res = await admin('/clients', {
      method: 'POST',
      body: JSON.stringify({
        clientId: ADMIN_CLIENT_ID,
        secret: ADMIN_CLIENT_SECRET,
        publicClient: false,
        serviceAccountsEnabled: true,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: false,
      }),
    });
    if (res.status !== 201 && res.status !== 409) throw new Error(`create ${ADMIN_CLIENT_ID}: ${res.status}`);
  }
  const id = await clientUuid(ADMIN_CLIENT_ID);
  const realmManagement = await clientUuid('realm-management');
  const account = (await (await admin(`/clients/${id}/service-account-user`)).json()) as { id: string };
  const roles = (await (await admin(`/clients/${realmManagement}/roles`)).json()) as {
    id: string;
    name: string;
  }[];
  const mapped = await admin(`/users/${account.id}/role-mappings/clients/${realmManagement}`, {
    method: 'POST',
    body: JSON.stringify(roles.filter((r) => ADMIN_ROLES.includes(r.name))),
  });
  if (mapped.status !== 204) throw new Error(`grant admin roles: ${mapped.status}`);
  return { KEYCLOAK_ADMIN_CLIENT_ID: ADMIN_CLIENT_ID, KEYCLOAK_ADMIN_CLIENT_SECRET: ADMIN_CLIENT_SECRET };
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
