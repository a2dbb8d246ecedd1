import { runtimeEnv } from '@certhub/testing';

/**
 * Direct Keycloak admin calls for arranging and checking tests, with the identity service's own
 * client (its local dev secret), independent of the code under test.
 */
export const KeycloakTestAdmin = {
  async token(): Promise<string> {
    const env = runtimeEnv();
    const res = await fetch(
      `${env.KEYCLOAK_URL}/realms/${env.KEYCLOAK_REALM}/protocol/openid-connect/token`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: 'certhub-identity',
          client_secret: 'certhub-identity-dev-secret',
        }),
      },
    );
    const body = (await res.json()) as { access_token?: string };
    if (!body.access_token) throw new Error(`no admin token: ${res.status}`);
    return body.access_token;
  },

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const env = runtimeEnv();
    return fetch(`${env.KEYCLOAK_URL}/admin/realms/${env.KEYCLOAK_REALM}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${await this.token()}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });
  },

  async createUser(email: string, attributes: Record<string, string[]> = {}): Promise<string> {
    const res = await this.request('/users', {
      method: 'POST',
      body: JSON.stringify({
        username: email,
        email,
        firstName: 'Pre',
        lastName: 'Existing',
        enabled: true,
        attributes,
      }),
    });
    if (res.status !== 201) throw new Error(`create ${email}: ${res.status} ${await res.text()}`);
    return (res.headers.get('location') ?? '').split('/').pop() ?? '';
  },

  async usersByEmail(email: string): Promise<KeycloakTestUser[]> {
    const res = await this.request(`/users?${new URLSearchParams({ email, exact: 'true' })}`);
    return (await res.json()) as KeycloakTestUser[];
  },

  async user(id: string): Promise<KeycloakTestUser | undefined> {
    const res = await this.request(`/users/${id}`);
    return res.status === 404 ? undefined : ((await res.json()) as KeycloakTestUser);
  },

  async realmRoles(id: string): Promise<string[]> {
    const res = await this.request(`/users/${id}/role-mappings/realm`);
    return ((await res.json()) as { name: string }[]).map((r) => r.name);
  },
};

export interface KeycloakTestUser {
  id: string;
  email: string;
  enabled: boolean;
  emailVerified: boolean;
  requiredActions: string[];
  attributes?: Record<string, string[]>;
}
