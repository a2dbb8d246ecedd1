import type { Principal, Role } from '@certhub/contracts';
import { MAIL_TEST_TIMEOUT_MS, MailSink, actionLink, uniqueId } from '@certhub/testing';
import { IdentityHarness } from './support/identity-harness';
import { KeycloakTestAdmin } from './support/keycloak-admin';

/**
 * Admins invite into their own tenant, never above their rank
 * (docs/domain/roles-and-tenancy.md#granting-roles).
 */
describe('users of a tenant', () => {
  let identity: IdentityHarness;
  let orgAdmin: Principal;
  let cbAdmin: Principal;
  let analyst: Principal;

  beforeAll(async () => {
    identity = await IdentityHarness.start();
    [orgAdmin, cbAdmin, analyst] = await identity.demoPrincipals('org.admin', 'cb.admin', 'analyst');
  });
  afterAll(() => identity?.stop());

  const invite = (by: Principal, role: Role, email = `${uniqueId('inv')}@example.test`) =>
    identity.call('identity.users.invite', { email, firstName: 'Inès', lastName: 'Invitée', role }, by);

  it(
    'lets an org_admin invite an org_member, who gets the first-login e-mail',
    async () => {
      const email = `${uniqueId('inv')}@example.test`;
      const user = await invite(orgAdmin, 'org_member', email);

      expect(user).toMatchObject({
        email,
        role: 'org_member',
        tenantType: 'organisation',
        tenantId: 'org-demo',
        enabled: true,
        emailVerified: false,
      });
      const mail = await MailSink.waitForMail(email);
      expect(actionLink(mail)).toContain('/login-actions/action-token');
      // One link for both actions, valid 72 hours, in the realm's default language (French).
      expect(mail.text).toMatch(/Mise à jour du mot de passe/);
      expect(mail.text).toMatch(/Vérification de l'adresse de courriel/);
      expect(mail.text).toMatch(/3 jours/);
      expect(await KeycloakTestAdmin.user(user.id)).toMatchObject({
        email,
        attributes: expect.objectContaining({ tenant_type: ['organisation'], tenant_id: ['org-demo'] }),
      });
      expect(await KeycloakTestAdmin.realmRoles(user.id)).toContain('org_member');
      await identity.waitForEvent(
        'certhub.user.invited.v1',
        (e) => e.userId === user.id && e.invitedBy === orgAdmin.userId && e.role === 'org_member',
      );
    },
    MAIL_TEST_TIMEOUT_MS,
  );

  it.each<Role>(['cb_admin', 'analyst'])(
    'refuses an org_admin granting %s, with the reason',
    async (role) => {
      const email = `${uniqueId('inv')}@example.test`;
      await expect(invite(orgAdmin, role, email)).rejects.toMatchObject({
        code: 'forbidden',
        message: `you may grant only roles equal to or below your own: org_admin, org_member (not ${role})`,
      });
      expect(await KeycloakTestAdmin.usersByEmail(email)).toEqual([]);
    },
  );

  it('refuses an analyst inviting anyone, even to his own rank', async () => {
    await expect(invite(analyst, 'auditor')).rejects.toMatchObject({
      code: 'forbidden',
      message: 'only administrators may invite users',
    });
  });

  it('lets a cb_admin invite an auditor into cb-demo', async () => {
    await expect(invite(cbAdmin, 'auditor')).resolves.toMatchObject({
      role: 'auditor',
      tenantType: 'cb',
      tenantId: 'cb-demo',
    });
  });

  it('answers 409 when the e-mail already has an account in the same tenant', async () => {
    await expect(invite(orgAdmin, 'org_member', 'org.member@certhub.local')).rejects.toMatchObject({
      code: 'conflict',
      message: 'the e-mail address org.member@certhub.local already has an account',
    });
  });

  it('answers an address with an account in another tenant like an invitation, and tells its owner', async () => {
    const before = await identity.count('users', { email: 'org.member@certhub.local' });
    const answer = await invite(cbAdmin, 'analyst', 'org.member@certhub.local');
    expect(answer).toMatchObject({ email: 'org.member@certhub.local', tenantId: 'cb-demo', role: 'analyst' });
    expect(await identity.count('users', { email: 'org.member@certhub.local' })).toBe(before);
    expect(await identity.count('users', { _id: answer.id })).toBe(0);
    const owner = await identity.principalOf('org.member@certhub.local');
    await identity.waitForEvent(
      'certhub.user.signup_attempted.v1',
      (e) => e.userId === owner.userId && e.via === 'invitation',
    );
  });

  it('lists only the cb_admin’s own tenant, page by page, with a correct total', async () => {
    await Promise.all([
      invite(cbAdmin, 'analyst'),
      invite(cbAdmin, 'auditor'),
      invite(cbAdmin, 'decision_maker'),
    ]);
    const expected = await identity.count('users', { tenantId: 'cb-demo' });
    expect(expected).toBeGreaterThanOrEqual(7);

    const seen = new Set<string>();
    for (let page = 1; page <= Math.ceil(expected / 3); page += 1) {
      const result = await identity.call(
        'identity.users.list',
        { page, pageSize: 3, sort: 'email' },
        cbAdmin,
      );
      expect(result).toMatchObject({ page, pageSize: 3, total: expected });
      expect(result.items.length).toBe(Math.min(3, expected - (page - 1) * 3));
      for (const user of result.items) {
        expect(user.tenantId).toBe('cb-demo');
        seen.add(user.id);
      }
    }
    expect(seen.size).toBe(expected);
  });

  it('filters the list by text, role and state', async () => {
    const byText = await identity.call('identity.users.list', { q: 'AUDREY' }, cbAdmin);
    expect(byText.items.map((u) => u.email)).toEqual(['auditor@certhub.local']);
    const byRole = await identity.call('identity.users.list', { role: 'cb_admin', enabled: 'true' }, cbAdmin);
    expect(byRole.items.map((u) => u.email)).toEqual(['cb.admin@certhub.local']);
    await expect(
      identity.call('identity.users.list', { sort: 'password' as never }, cbAdmin),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('answers 404 when a cb_admin asks for, or acts on, a user of another tenant', async () => {
    const orgUsers = await identity.call('identity.users.list', { q: 'org.member' }, orgAdmin);
    const member = orgUsers.items[0]!;
    expect(member.tenantId).toBe('org-demo');

    await expect(identity.call('identity.users.get', { userId: member.id }, cbAdmin)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      identity.call('identity.users.set-enabled', { userId: member.id, enabled: false }, cbAdmin),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(identity.call('identity.users.get', { userId: member.id }, orgAdmin)).resolves.toMatchObject(
      {
        email: 'org.member@certhub.local',
      },
    );
  });

  it('refuses an admin deactivating himself with 409, and non-admins with 403', async () => {
    await expect(
      identity.call('identity.users.set-enabled', { userId: cbAdmin.userId, enabled: false }, cbAdmin),
    ).rejects.toMatchObject({ code: 'conflict', message: 'you cannot deactivate your own account' });
    await expect(identity.call('identity.users.list', {}, analyst)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('deactivates and reactivates a user in Keycloak too, keeping his tenant, with an event each time', async () => {
    const user = await invite(cbAdmin, 'analyst');

    await expect(
      identity.call('identity.users.set-enabled', { userId: user.id, enabled: false }, cbAdmin),
    ).resolves.toMatchObject({ id: user.id, enabled: false });
    expect(await KeycloakTestAdmin.user(user.id)).toMatchObject({
      enabled: false,
      attributes: expect.objectContaining({ tenant_id: ['cb-demo'] }),
    });
    await identity.waitForEvent('certhub.user.enabled_changed.v1', (e) => e.userId === user.id && !e.enabled);

    await identity.call('identity.users.set-enabled', { userId: user.id, enabled: true }, cbAdmin);
    expect(await KeycloakTestAdmin.user(user.id)).toMatchObject({ enabled: true });
    await identity.waitForEvent('certhub.user.enabled_changed.v1', (e) => e.userId === user.id && e.enabled);
  });
});
