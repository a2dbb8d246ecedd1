import { DEMO_PASSWORD, masterAdminToken } from './keycloak';
import { runtimeEnv } from './runtime';

/**
 * A CB user of the realm beside the demo ones (a second auditor, to be the one NOT booked), created
 * once through Keycloak's admin API with the demo password; its id.
 */
export async function ensureCbUser(username: string, role: string, cbId = 'cb-demo'): Promise<string> {
  const env = runtimeEnv();
  const admin = `${env.KEYCLOAK_URL}/admin/realms/${env.KEYCLOAK_REALM}`;
  const headers = {
    authorization: `Bearer ${await masterAdminToken(env)}`,
    'content-type': 'application/json',
  };
  const created = await fetch(`${admin}/users`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      username,
      email: username,
      emailVerified: true,
      enabled: true,
      firstName: 'Second',
      lastName: 'Auditor',
      attributes: { tenant_type: ['cb'], tenant_id: [cbId] },
      credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
    }),
  });
  if (created.status !== 201 && created.status !== 409)
    throw new Error(`Keycloak user ${username}: ${created.status} ${await created.text()}`);
  const [user] = (await (
    await fetch(`${admin}/users?username=${encodeURIComponent(username)}&exact=true`, { headers })
  ).json()) as { id: string }[];
  if (!user) throw new Error(`Keycloak user ${username} not found after creation`);
  const roleRep = (await (await fetch(`${admin}/roles/${role}`, { headers })).json()) as object;
  const mapped = await fetch(`${admin}/users/${user.id}/role-mappings/realm`, {
    method: 'POST',
    headers,
    body: JSON.stringify([roleRep]),
  });
  // Two suites ensuring the same user at once race on the mapping: Keycloak answers the second
  // with an error although the role is there. What counts is that the user has it.
  if (!mapped.ok) {
    const roles = (await (
      await fetch(`${admin}/users/${user.id}/role-mappings/realm`, { headers })
    ).json()) as { name: string }[];
    if (!roles.some((r) => r.name === role))
      throw new Error(`role ${role} for ${username}: ${mapped.status}`);
  }
  return user.id;
}
