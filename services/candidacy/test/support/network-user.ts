import { DEMO_PASSWORD, masterAdminToken, runtimeEnv } from '@certhub/testing';

/**
 * The administrator of a network a test created (the realm's demo users all live in `net-demo`),
 * made through Keycloak's admin API with the demo password; `name` signs in as `<name>@certhub.local`.
 * Nobody of another network can invite him: a user is invited into the inviter's own tenant.
 */
export async function createNetworkAdmin(name: string, networkId: string): Promise<void> {
  const env = runtimeEnv();
  const admin = `${env.KEYCLOAK_URL}/admin/realms/${env.KEYCLOAK_REALM}`;
  const headers = {
    authorization: `Bearer ${await masterAdminToken(env)}`,
    'content-type': 'application/json',
  };
  const username = `${name}@certhub.local`;
  const created = await fetch(`${admin}/users`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      username,
      email: username,
      emailVerified: true,
      enabled: true,
      firstName: 'Autre',
      lastName: 'Réseau',
      attributes: { tenant_type: ['network'], tenant_id: [networkId] },
      credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
    }),
  });
  if (created.status !== 201)
    throw new Error(`Keycloak user ${username}: ${created.status} ${await created.text()}`);
  const [user] = (await (
    await fetch(`${admin}/users?username=${encodeURIComponent(username)}&exact=true`, { headers })
  ).json()) as { id: string }[];
  if (!user) throw new Error(`Keycloak user ${username} not found after creation`);
  const role = (await (await fetch(`${admin}/roles/network_admin`, { headers })).json()) as object;
  const mapped = await fetch(`${admin}/users/${user.id}/role-mappings/realm`, {
    method: 'POST',
    headers,
    body: JSON.stringify([role]),
  });
  if (!mapped.ok) throw new Error(`role network_admin for ${username}: ${mapped.status}`);
}
