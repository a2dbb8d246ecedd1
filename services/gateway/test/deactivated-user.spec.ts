import {
  MailSink,
  TestStack,
  actionLink,
  followEmailLink,
  masterAdminToken,
  passwordToken,
  runtimeEnv,
  someCompany,
  uniqueId,
  waitFor,
  type ServiceProcess,
} from '@certhub/testing';

const PASSWORD = 'Revocation-2026-ok';

/**
 * An access token outlives its user's deactivation by its whole lifetime unless the gateway looks
 * at the user's state: it does on each request, cached for USER_STATE_CACHE_MS (1 s here).
 */
describe('a deactivated user’s access token', () => {
  let stack: TestStack;
  let gateway: ServiceProcess;

  beforeAll(async () => {
    stack = await TestStack.start(['gateway', 'identity'], { USER_STATE_CACHE_MS: '1000' });
    gateway = stack.service('gateway');
  }, 90_000);
  afterAll(() => stack?.stop());

  const api = (path: string, init: RequestInit & { token?: string } = {}) =>
    fetch(`${gateway.url}/api/v1${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
    });

  /** A new organisation's admin, registered and verified through the API and the mail. */
  async function newAdmin(): Promise<string> {
    const siret = someCompany().establishments.find((e) => e.headquarters)?.siret as string;
    const email = `${uniqueId('rev')}@example.org`;
    const res = await api('/registrations', {
      method: 'POST',
      body: JSON.stringify({ siret, firstName: 'Ada', lastName: 'Admin', email, password: PASSWORD }),
    });
    expect(res.status).toBe(201);
    await followEmailLink(actionLink(await MailSink.waitForMail(email)));
    return passwordToken(email, PASSWORD);
  }

  /** An invited member whose password is set through Keycloak's admin API (no first-login form). */
  async function invitedMember(adminToken: string): Promise<{ userId: string; token: string }> {
    const email = `${uniqueId('mem')}@example.org`;
    const res = await api('/users', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ email, firstName: 'Max', lastName: 'Membre', role: 'org_member' }),
    });
    expect(res.status).toBe(201);
    const { id: userId } = (await res.json()) as { id: string };
    const env = runtimeEnv();
    const user = `${env.KEYCLOAK_URL}/admin/realms/${env.KEYCLOAK_REALM}/users/${userId}`;
    const headers = {
      authorization: `Bearer ${await masterAdminToken()}`,
      'content-type': 'application/json',
    };
    for (const [url, body] of [
      [user, { requiredActions: [], emailVerified: true }],
      [`${user}/reset-password`, { type: 'password', value: PASSWORD, temporary: false }],
    ] as const) {
      const set = await fetch(url, { method: 'PUT', headers, body: JSON.stringify(body) });
      expect(set.status).toBe(204);
    }
    return { userId, token: await passwordToken(email, PASSWORD) };
  }

  it('stops working within seconds of the deactivation, and works again once reactivated', async () => {
    const admin = await newAdmin();
    const member = await invitedMember(admin);
    expect((await api('/me', { token: member.token })).status).toBe(200);

    const setEnabled = (enabled: boolean) =>
      api(`/users/${member.userId}/enabled`, {
        method: 'PUT',
        token: admin,
        body: JSON.stringify({ enabled }),
      });
    expect((await setEnabled(false)).status).toBe(200);
    const refused = await waitFor(
      'the deactivated member to be refused',
      async () => {
        const res = await api('/me', { token: member.token });
        return res.status === 401 ? res : undefined;
      },
      { timeoutMs: 5_000, intervalMs: 200 },
    );
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/deactivated/);
    // Every route, not only /me.
    expect((await api('/users/' + member.userId, { token: member.token })).status).toBe(401);

    // The same, still unexpired token works again once the account is back.
    expect((await setEnabled(true)).status).toBe(200);
    await waitFor(
      'the reactivated member to be let in',
      async () => (await api('/me', { token: member.token })).status === 200,
      { timeoutMs: 5_000, intervalMs: 200 },
    );
  });
});
