import { DEMO_PASSWORD, masterAdminToken } from './keycloak';
import { runtimeEnv } from './runtime';

/** A user of the realm beside the demo ones, in a tenant of its own choosing. */
export interface RealmUser {
  username: string;
  role: string;
  tenantType: string;
  tenantId: string;
  firstName: string;
  lastName: string;
}

/**
 * A CB user of the realm beside the demo ones (a second auditor, to be the one NOT booked), created
 * once through Keycloak's admin API with the demo password; its id.
 */
export function ensureCbUser(username: string, role: string, cbId = 'cb-demo'): Promise<string> {
  return ensureRealmUser({
    username,
    role,
    tenantType: 'cb',
    tenantId: cbId,
    firstName: 'Second',
    lastName: 'Auditor',
  });
}

/**
 * Creates (or finds) a realm user with the demo password and one realm role, through Keycloak's
 * admin API; its id. The user signs in as `username`.
 */
export async function ensureRealmUser({
  username,
  role,
  tenantType,
  tenantId,
  firstName,
  lastName,
}: RealmUser): Promise<string> {
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
      firstName,
      lastName,
      attributes: { tenant_type: [tenantType], tenant_id: [tenantId] },
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

/**
 * An invited user made ready to sign in without the first-login form: email verified, no required
 * action, the password set through Keycloak's admin API.
 */
export async function activateInvitedUser(userId: string, password = DEMO_PASSWORD): Promise<void> {
  const env = runtimeEnv();
  const user = `${env.KEYCLOAK_URL}/admin/realms/${env.KEYCLOAK_REALM}/users/${userId}`;
  const headers = {
    authorization: `Bearer ${await masterAdminToken(env)}`,
    'content-type': 'application/json',
  };
  for (const [url, body] of [
    [user, { requiredActions: [], emailVerified: true }],
    [`${user}/reset-password`, { type: 'password', value: password, temporary: false }],
  ] as const) {
    const set = await fetch(url, { method: 'PUT', headers, body: JSON.stringify(body) });
    if (set.status !== 204) throw new Error(`Keycloak ${url}: ${set.status} ${await set.text()}`);
  }
}
