import {
  activateInvitedUser,
  MAIL_TEST_TIMEOUT_MS,
  MailSink,
  TestStack,
  actionLink,
  applicantRegistration,
  followEmailLink,
  headquartersSiret,
  passwordToken,
  someCompany,
  uniqueId,
  waitFor,
  type ServiceProcess,
} from '@certhub/testing';

const PASSWORD = 'Revocation-2026-ok';

/**
 * Self-registration (docs/domain/roles-and-tenancy.md#self-registration) end to end through the public API,
 * with real Keycloak tokens and the real mail.
 */
describe('self-registration journey through the gateway', () => {
  let stack: TestStack;
  let gateway: ServiceProcess;

  beforeAll(async () => {
    // A deactivation must bite within this (the gateway's cache of users' states).
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
  const post = (path: string, body: unknown, token?: string) =>
    api(path, { method: 'POST', body: JSON.stringify(body), ...(token ? { token } : {}) });

  it(
    'registers, verifies the e-mail from the mail link, logs in as org_admin of the new organisation',
    async () => {
      const company = someCompany();
      const siret = headquartersSiret(company);
      const prefill = await api(`/companies/${siret}`);
      expect(prefill.status).toBe(200);
      expect(await prefill.json()).toMatchObject({ siren: company.siren, siret, name: company.name });

      const email = `${uniqueId('reg')}@example.org`;
      const password = 'Journey-2026-ok';
      const registered = await post('/registrations', applicantRegistration(company, email, password));
      expect(registered).toMatchObject({ status: 201 }); // the problem body shows when it is not
      const { organisationId } = (await registered.json()) as { organisationId: string };

      await expect(passwordToken(email, password)).rejects.toThrow(/not fully set up/);
      await followEmailLink(actionLink(await MailSink.waitForMail(email)));

      const token = await passwordToken(email, password);
      const me = (await (await api('/me', { token })).json()) as Record<string, unknown>;
      expect(me).toMatchObject({
        tenantType: 'organisation',
        tenantId: organisationId,
        roles: ['org_admin'],
      });
      const organisation = await api(`/organisations/${organisationId}`, { token });
      expect(organisation.status).toBe(200);
      expect(await organisation.json()).toMatchObject({
        id: organisationId,
        siren: company.siren,
        active: true,
      });

      // Same SIRET again: answered like a registration (an anonymous caller must not learn which
      // companies are registered), and nothing created.
      const again = await post('/registrations', {
        siret,
        firstName: 'Bob',
        lastName: 'Durand',
        email: `${uniqueId('reg')}@example.org`,
        password,
      });
      expect(again.status).toBe(201);
      const neutral = (await again.json()) as { organisationId: string; status: string };
      expect(neutral).toMatchObject({ status: 'email_verification_pending' });
      expect(neutral.organisationId).not.toBe(organisationId);

      // The new admin grants roles at or below his own, never above.
      const invite = (firstName: string, role: string) =>
        post('/users', { email: `${uniqueId('m')}@example.org`, firstName, lastName: 'Roux', role }, token);
      expect((await invite('Mia', 'org_member')).status).toBe(201);
      const above = await invite('Max', 'cb_admin');
      expect(above.status).toBe(403);
      expect(((await above.json()) as { detail: string }).detail).toMatch(/equal to or below your own/);
    },
    MAIL_TEST_TIMEOUT_MS,
  );

  it('lets a newcomer find demo companies still free to register, and only those', async () => {
    const all = await api('/companies?pageSize=5');
    expect(all.status).toBe(200);
    const page = (await all.json()) as { items: { siret: string; headquarters: boolean }[]; total: number };
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(5);
    expect(page.items.every((c) => c.headquarters)).toBe(true);

    const company = someCompany();
    const siret = headquartersSiret(company);
    const find = async () =>
      ((await (await api(`/companies?q=${siret}`)).json()) as { items: { siren: string }[] }).items;
    expect(await find()).toEqual([expect.objectContaining({ siren: company.siren })]);
    const byName = (await (await api(`/companies?q=${encodeURIComponent(company.name)}`)).json()) as {
      items: { siren: string }[];
    };
    expect(byName.items.map((c) => c.siren)).toContain(company.siren);

    const registered = await post('/registrations', {
      siret,
      firstName: 'Néo',
      lastName: 'Venu',
      email: `${uniqueId('new')}@example.org`,
      password: 'Newcomer-2026-ok',
    });
    expect(registered).toMatchObject({ status: 201 }); // the problem body shows when it is not
    expect(await find()).toEqual([]);
  });

  it('refuses an invalid SIRET with the reason', async () => {
    const res = await api('/companies/73282932000075');
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(body.errors).toEqual([{ field: 'siret', message: 'SIRET check digit is wrong (Luhn)' }]);
  });

  /** A new organisation's admin, registered and verified through the API and the mail. */
  async function newAdmin(): Promise<string> {
    const siret = headquartersSiret(someCompany());
    const email = `${uniqueId('rev')}@example.org`;
    const res = await post('/registrations', {
      siret,
      firstName: 'Ada',
      lastName: 'Admin',
      email,
      password: PASSWORD,
    });
    expect(res.status).toBe(201);
    await followEmailLink(actionLink(await MailSink.waitForMail(email)));
    return passwordToken(email, PASSWORD);
  }

  /** An invited member whose password is set through Keycloak's admin API (no first-login form). */
  async function invitedMember(adminToken: string): Promise<{ userId: string; token: string }> {
    const email = `${uniqueId('mem')}@example.org`;
    const res = await post(
      '/users',
      { email, firstName: 'Max', lastName: 'Membre', role: 'org_member' },
      adminToken,
    );
    expect(res.status).toBe(201);
    const { id: userId } = (await res.json()) as { id: string };
    await activateInvitedUser(userId, PASSWORD);
    return { userId, token: await passwordToken(email, PASSWORD) };
  }

  it(
    'refuses a deactivated user’s unexpired token within seconds, and takes it again once reactivated',
    async () => {
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
    },
    MAIL_TEST_TIMEOUT_MS,
  );
});
