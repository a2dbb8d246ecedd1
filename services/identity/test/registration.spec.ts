import { MAIL_TEST_TIMEOUT_MS, MailSink, passwordToken, uniqueId } from '@certhub/testing';
import { UNKNOWN_SIRET, headquartersOf, takeCompany } from './support/companies';
import { actionLink, followEmailLink } from '@certhub/testing';
import { IdentityHarness } from './support/identity-harness';
import { KeycloakTestAdmin } from './support/keycloak-admin';

const PASSWORD = 'Inscription-2026';

/**
 * Self-registration (docs/domain/roles-and-tenancy.md#self-registration), over NATS as the gateway calls it.
 */
describe('self-registration of an organisation and its first administrator', () => {
  let identity: IdentityHarness;

  beforeAll(async () => {
    identity = await IdentityHarness.start();
  });
  afterAll(() => identity?.stop());

  const newEmail = () => `${uniqueId('reg')}@example.test`;
  const register = (siret: string, email: string, extra: { firstName?: string } = {}) =>
    identity.call('identity.registrations.create', {
      siret,
      firstName: extra.firstName ?? 'Claire',
      lastName: 'Durand',
      email,
      password: PASSWORD,
    });

  it(
    'registers, mails the verification link, and lets the admin sign in only once verified',
    async () => {
      const company = takeCompany();
      const siret = headquartersOf(company).siret;
      const email = newEmail();

      const registered = await register(siret, email);
      expect(registered).toMatchObject({ status: 'email_verification_pending' });
      const { organisationId, userId } = registered;

      // Keycloak refuses the password grant while the address is unverified.
      await expect(passwordToken(email, PASSWORD)).rejects.toThrow(/Account is not fully set up/);

      const mail = await MailSink.waitForMail(email);
      await followEmailLink(actionLink(mail));

      const principal = await identity.principalOf(email, PASSWORD);
      expect(principal).toMatchObject({
        userId,
        tenantType: 'organisation',
        tenantId: organisationId,
        roles: ['org_admin'],
      });
      // Pre-filled from the registry; the organisation is active and visible to its admin.
      await expect(
        identity.call('identity.organisations.get', { organisationId }, principal),
      ).resolves.toMatchObject({
        id: organisationId,
        siren: company.siren,
        name: company.name,
        active: true,
      });
      // The projection learns from Keycloak that the address is now verified.
      await expect(identity.call('identity.users.get', { userId }, principal)).resolves.toMatchObject({
        email,
        role: 'org_admin',
        emailVerified: true,
      });
      const sites = await identity.call('identity.sites.list', { organisationId }, principal);
      expect(sites.items).toEqual([expect.objectContaining({ siret, headquarters: true, organisationId })]);
      await identity.waitForEvent(
        'certhub.organisation.registered.v1',
        (e) => e.organisationId === organisationId && e.adminUserId === userId && e.siren === company.siren,
      );
    },
    MAIL_TEST_TIMEOUT_MS,
  );

  it('keeps the applicant’s own name and address over the registry’s pre-fill', async () => {
    const siret = headquartersOf(takeCompany()).siret;
    const address = { line1: '1 place du Marché', postalCode: '35000', city: 'Rennes', country: 'FR' };
    const { organisationId } = await identity.call('identity.registrations.create', {
      siret,
      organisationName: 'Nom d’usage',
      address,
      firstName: 'Paul',
      lastName: 'Martin',
      email: newEmail(),
      password: PASSWORD,
    });
    const stored = await identity.collection('organisations').findOne({ _id: organisationId });
    expect(stored).toMatchObject({ name: 'Nom d’usage', address, status: 'active', active: true });
  });

  /** What an anonymous caller sees must not tell a registered SIREN or address from a free one. */
  const neutral = {
    organisationId: expect.stringMatching(/^org_/),
    userId: expect.any(String),
    status: 'email_verification_pending',
  };

  it('answers a registered SIRET like a registration, creates nothing and tells its administrators', async () => {
    const company = takeCompany();
    const siret = headquartersOf(company).siret;
    const first = await register(siret, newEmail());
    const applicant = newEmail();

    const again = await register(siret, applicant);
    expect(again).toEqual(neutral);
    expect(again.organisationId).not.toBe(first.organisationId);
    expect(await identity.count('organisations', { siren: company.siren })).toBe(1);
    expect(await KeycloakTestAdmin.usersByEmail(applicant)).toEqual([]);
    await identity.waitForEvent(
      'certhub.organisation.registration_attempted.v1',
      (e) => e.organisationId === first.organisationId && e.applicantEmail === applicant,
    );
  });

  it('answers an address that has an account like a registration, creates nothing and tells its owner', async () => {
    const email = newEmail();
    const first = await register(headquartersOf(takeCompany()).siret, email);
    const second = takeCompany();

    await expect(register(headquartersOf(second).siret, email)).resolves.toEqual(neutral);
    expect(await identity.count('organisations', { siren: second.siren })).toBe(0);
    await identity.waitForEvent(
      'certhub.user.signup_attempted.v1',
      (e) => e.userId === first.userId && e.via === 'registration',
    );
  });

  it('answers the same when only Keycloak knows the e-mail, leaving nothing behind and its user untouched', async () => {
    const email = newEmail();
    const existing = await KeycloakTestAdmin.createUser(email);
    const company = takeCompany();

    await expect(register(headquartersOf(company).siret, email)).resolves.toEqual(neutral);
    expect(await identity.count('organisations', { siren: company.siren })).toBe(0);
    expect(await identity.count('sites', { siret: headquartersOf(company).siret })).toBe(0);
    expect(await KeycloakTestAdmin.user(existing)).toMatchObject({ id: existing, email });
  });

  it('undoes the organisation, its site and the Keycloak user when Keycloak refuses the user mid-way', async () => {
    const email = newEmail();
    const company = takeCompany();

    // Keycloak's user profile refuses these characters in a name; the saga is past its first step.
    await expect(
      register(headquartersOf(company).siret, email, { firstName: 'Jean<b>' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('firstName'),
    });
    expect(await identity.count('organisations', { siren: company.siren })).toBe(0);
    expect(await identity.count('sites', { siret: headquartersOf(company).siret })).toBe(0);
    expect(await KeycloakTestAdmin.usersByEmail(email)).toEqual([]);
  });

  it('lets one of two simultaneous registrations with the same e-mail through, and undoes the other', async () => {
    const email = newEmail();
    const [a, b] = [takeCompany(), takeCompany()];
    const results = await Promise.allSettled([
      register(headquartersOf(a).siret, email),
      register(headquartersOf(b).siret, email),
    ]);

    // Both answered alike; one organisation exists, the other was undone.
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const organisations = await identity
      .collection('organisations')
      .find({ siren: { $in: [a.siren, b.siren] } })
      .toArray();
    expect(organisations).toHaveLength(1);
    const [user] = await KeycloakTestAdmin.usersByEmail(email);
    expect(user?.attributes?.['tenant_id']).toEqual([organisations[0]?._id]);
  });

  it('answers 404 for a SIRET no registry knows, and 422 with the reason for an invalid one', async () => {
    await expect(register(UNKNOWN_SIRET, newEmail())).rejects.toMatchObject({
      code: 'not_found',
      message: `no open establishment with SIRET ${UNKNOWN_SIRET} in the company registry`,
    });
    await expect(register('12345678200011', newEmail())).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'siret', message: 'SIRET check digit is wrong (Luhn)' }],
    });
  });
});
