import { uniqueId, waitFor } from '@certhub/testing';
import { headquartersOf, takeCompany } from './support/companies';
import { IdentityHarness } from './support/identity-harness';
import { KeycloakTestAdmin } from './support/keycloak-admin';

const PASSWORD = 'Inscription-2026';

describe('registration when Keycloak fails, and after a crash', () => {
  it('answers 503 and leaves no organisation or site when Keycloak refuses the service’s credentials', async () => {
    const broken = await IdentityHarness.start({ KEYCLOAK_ADMIN_CLIENT_SECRET: 'wrong' });
    try {
      const company = takeCompany();
      const email = `${uniqueId('reg')}@example.test`;
      await expect(
        broken.call('identity.registrations.create', {
          siret: headquartersOf(company).siret,
          firstName: 'Claire',
          lastName: 'Durand',
          email,
          password: PASSWORD,
        }),
      ).rejects.toMatchObject({ code: 'dependency_unavailable' });
      expect(await broken.count('organisations', { siren: company.siren })).toBe(0);
      expect(await broken.count('sites', { siret: headquartersOf(company).siret })).toBe(0);
      expect(await KeycloakTestAdmin.usersByEmail(email)).toEqual([]);
    } finally {
      await broken.stop();
    }
  });

  it('sweeps a registration abandoned half-way for more than 10 minutes, and only that one', async () => {
    const identity = await IdentityHarness.start({ REGISTRATION_SWEEP_INTERVAL_MS: '1000' });
    try {
      const organisations = identity.collection('organisations');
      const [stale, fresh] = [takeCompany(), takeCompany()];
      const staleId = uniqueId('org_');
      const freshId = uniqueId('org_');
      const email = `${uniqueId('reg')}@example.test`;
      // What a crash right after the Keycloak step leaves: organisation, site, Keycloak user.
      const userId = await KeycloakTestAdmin.createUser(email, {
        tenant_type: ['organisation'],
        tenant_id: [staleId],
      });
      const registering = (id: string, siren: string, createdAt: Date, adminEmail: string) => ({
        _id: id,
        tenantId: id,
        siren,
        name: 'Abandoned',
        address: { line1: '1 rue de la Gare', postalCode: '75002', city: 'Paris', country: 'FR' },
        active: false,
        status: 'registering',
        registration: { email: adminEmail },
        createdAt,
        outbox: [],
      });
      await organisations.insertMany([
        registering(staleId, stale.siren, new Date(Date.now() - 11 * 60_000), email),
        registering(freshId, fresh.siren, new Date(), `${uniqueId('reg')}@example.test`),
      ]);
      await identity.collection('sites').insertOne({
        _id: uniqueId('site_'),
        tenantId: staleId,
        siret: headquartersOf(stale).siret,
      });

      await waitFor('the sweeper to remove the abandoned registration', async () => {
        return (await identity.count('organisations', { _id: staleId })) === 0;
      });
      expect(await identity.count('sites', { tenantId: staleId })).toBe(0);
      await waitFor(
        'its Keycloak user to be gone',
        async () => (await KeycloakTestAdmin.user(userId)) === undefined,
      );
      // A registration in progress is not touched.
      expect(await identity.count('organisations', { _id: freshId })).toBe(1);
    } finally {
      await identity.stop();
    }
  });
});
