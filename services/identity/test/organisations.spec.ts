import { SYSTEM_PRINCIPAL, type Principal } from '@certhub/contracts';
import { MAIL_TEST_TIMEOUT_MS, MailSink, uniqueId } from '@certhub/testing';
import { DEMO_ORGANISATION } from '../src/demo/demo-data';
import { UNKNOWN_SIRET, headquartersOf, takeCompany } from './support/companies';
import { IdentityHarness } from './support/identity-harness';
import { KeycloakTestAdmin } from './support/keycloak-admin';

/** The demo organisation's second establishment in the offline dataset (Grenoble). */
const DEMO_SECOND_SIRET = '90123456700021';

describe('organisations, sites, certification bodies and the company registry', () => {
  let identity: IdentityHarness;
  let platformAdmin: Principal;
  let orgAdmin: Principal;
  let orgMember: Principal;
  let cbAdmin: Principal;

  beforeAll(async () => {
    identity = await IdentityHarness.start();
    [platformAdmin, orgAdmin, orgMember, cbAdmin] = await identity.demoPrincipals(
      'platform.admin',
      'org.admin',
      'org.member',
      'cb.admin',
    );
  });
  afterAll(() => identity?.stop());

  const organisationId = DEMO_ORGANISATION.id;

  describe('activation (only the platform toggles "Actif")', () => {
    it('refuses an org_admin, even on his own organisation, with the reason', async () => {
      await expect(
        identity.call('identity.organisations.set-active', { organisationId, active: false }, orgAdmin),
      ).rejects.toMatchObject({
        code: 'forbidden',
        message: 'only the platform may activate or deactivate an organisation',
      });
    });

    it('lets the platform_admin deactivate and reactivate it, emitting an event each time', async () => {
      await expect(
        identity.call('identity.organisations.set-active', { organisationId, active: false }, platformAdmin),
      ).resolves.toMatchObject({ id: organisationId, active: false });
      await identity.waitForEvent(
        'certhub.organisation.activation_changed.v1',
        (e) => e.organisationId === organisationId && !e.active && e.changedBy === platformAdmin.userId,
      );
      await expect(
        identity.call('identity.organisations.set-active', { organisationId, active: true }, platformAdmin),
      ).resolves.toMatchObject({ active: true });
      await identity.waitForEvent(
        'certhub.organisation.activation_changed.v1',
        (e) => e.organisationId === organisationId && e.active,
      );
    });
  });

  describe('reading', () => {
    it('shows an organisation to its users, platform staff and the platform itself, and to nobody else', async () => {
      for (const principal of [orgAdmin, orgMember, platformAdmin, SYSTEM_PRINCIPAL]) {
        await expect(
          identity.call('identity.organisations.get', { organisationId }, principal),
        ).resolves.toMatchObject({ id: organisationId, siren: DEMO_ORGANISATION.siren });
      }
      for (const id of [organisationId, 'org_unknown']) {
        await expect(
          identity.call('identity.organisations.get', { organisationId: id }, cbAdmin),
        ).rejects.toMatchObject({ code: 'not_found', message: `organisation ${id} was not found` });
      }
      await expect(identity.call('identity.organisations.get', { organisationId })).rejects.toMatchObject({
        code: 'unauthenticated',
      });
    });

    it('lists organisations for platform staff only', async () => {
      const page = await identity.call(
        'identity.organisations.list',
        { q: 'démo', pageSize: 5 },
        platformAdmin,
      );
      expect(page).toMatchObject({ page: 1, pageSize: 5, total: 1, items: [{ id: organisationId }] });
      await expect(identity.call('identity.organisations.list', {}, orgAdmin)).rejects.toMatchObject({
        code: 'forbidden',
      });
    });
  });

  describe('sites (declared one by one by SIRET)', () => {
    it('lets the org_admin add an establishment of his SIREN, pre-filled, once', async () => {
      await expect(
        identity.call('identity.sites.add', { organisationId, siret: DEMO_SECOND_SIRET }, orgAdmin),
      ).resolves.toMatchObject({
        organisationId,
        siret: DEMO_SECOND_SIRET,
        headquarters: false,
        address: { city: 'Grenoble', postalCode: '38000' },
      });
      await expect(
        identity.call('identity.sites.add', { organisationId, siret: DEMO_SECOND_SIRET }, orgAdmin),
      ).rejects.toMatchObject({ code: 'conflict' });

      const sites = await identity.call('identity.sites.list', { organisationId }, orgMember);
      expect(sites.items.map((s) => [s.siret, s.headquarters])).toEqual([
        [DEMO_ORGANISATION.siret, true],
        [DEMO_SECOND_SIRET, false],
      ]);
    });

    it('refuses a SIRET of another SIREN with 422 and the reason', async () => {
      const other = headquartersOf(takeCompany()).siret;
      await expect(
        identity.call('identity.sites.add', { organisationId, siret: other }, orgAdmin),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        message: `SIRET ${other} does not belong to this organisation: its SIREN is ${DEMO_ORGANISATION.siren}`,
      });
    });

    it('refuses members (403) and other tenants (404)', async () => {
      const siret = DEMO_SECOND_SIRET;
      await expect(
        identity.call('identity.sites.add', { organisationId, siret }, orgMember),
      ).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(
        identity.call('identity.sites.add', { organisationId, siret }, cbAdmin),
      ).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(identity.call('identity.sites.list', { organisationId }, cbAdmin)).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });

  describe('master data and contacts (edited by the organisation’s admin, with its history)', () => {
    const contact = { role: 'quality' as const, name: 'Claire Martin', email: 'Claire.Martin@demo.test' };

    it('applies an edit made on the current version, records it and announces it', async () => {
      const before = await identity.call('identity.organisations.get', { organisationId }, orgAdmin);
      const website = `https://${uniqueId('www')}.example.fr`;
      const after = await identity.call(
        'identity.organisations.update',
        { organisationId, version: before.version, phone: '+33 4 76 00 00 00', website, contacts: [contact] },
        orgAdmin,
      );
      expect(after).toMatchObject({
        version: before.version + 1,
        phone: '+33 4 76 00 00 00',
        website,
        // E-mail addresses are kept in lower case, as everywhere else.
        contacts: [{ ...contact, email: 'claire.martin@demo.test' }],
        siren: before.siren,
      });
      const history = await identity.call('identity.organisations.history', { organisationId }, orgMember);
      expect(history.items[0]).toMatchObject({
        by: orgAdmin.userId,
        fields: ['phone', 'website', 'contacts'],
        after: { website },
      });
      await identity.waitForEvent(
        'certhub.organisation.updated.v1',
        (e) => e.organisationId === organisationId && e.fields.includes('website'),
      );

      // `null` clears an optional field; the same values again change nothing and record nothing.
      const cleared = await identity.call(
        'identity.organisations.update',
        { organisationId, version: after.version, website: null, phone: '+33 4 76 00 00 00' },
        orgAdmin,
      );
      expect(cleared).not.toHaveProperty('website');
      expect(cleared.version).toBe(after.version + 1);
      const again = await identity.call(
        'identity.organisations.history',
        { organisationId, pageSize: 1 },
        orgAdmin,
      );
      expect(again).toMatchObject({ total: history.total + 1, items: [{ fields: ['website'] }] });
    });

    it('refuses a stale version with 409, a member with 403, another tenant with 404', async () => {
      const current = await identity.call('identity.organisations.get', { organisationId }, orgAdmin);
      await expect(
        identity.call(
          'identity.organisations.update',
          { organisationId, version: current.version + 5, name: 'Renamed' },
          orgAdmin,
        ),
      ).rejects.toMatchObject({ code: 'conflict' });
      await expect(
        identity.call(
          'identity.organisations.update',
          { organisationId, version: current.version, name: 'Renamed' },
          orgMember,
        ),
      ).rejects.toMatchObject({ code: 'forbidden' });
      for (const principal of [cbAdmin, platformAdmin])
        await expect(
          identity.call(
            'identity.organisations.update',
            { organisationId, version: current.version, name: 'Renamed' },
            principal,
          ),
        ).rejects.toMatchObject({ code: principal === cbAdmin ? 'not_found' : 'forbidden' });
      await expect(
        identity.call('identity.organisations.history', { organisationId }, cbAdmin),
      ).rejects.toMatchObject({ code: 'not_found' });
      await expect(
        identity.call('identity.organisations.get', { organisationId }, orgAdmin),
      ).resolves.toMatchObject({ name: current.name, version: current.version });
    });

    it('refuses an empty edit and invalid values with the field in error', async () => {
      await expect(
        identity.call('identity.organisations.update', { organisationId, version: 0 }, orgAdmin),
      ).rejects.toMatchObject({ code: 'validation_failed', message: 'nothing to change' });
      await expect(
        identity.call(
          'identity.organisations.update',
          {
            organisationId,
            version: 0,
            website: 'javascript:alert(1)',
            contacts: [{ ...contact, email: 'x' }],
          },
          orgAdmin,
        ),
      ).rejects.toMatchObject({ code: 'validation_failed' });
    });
  });

  describe('certification bodies', () => {
    const body = (code: string) => ({
      code,
      name: `Organisme ${code}`,
      address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris' },
      certificateNumberPrefix: 'CB',
    });

    it('are created by the platform_admin only, once per code', async () => {
      const code = uniqueId('cb').toLowerCase().slice(0, 20);
      await expect(
        identity.call('identity.certification-bodies.create', body(code), platformAdmin),
      ).resolves.toMatchObject({ id: `cb-${code}`, code, address: { country: 'FR' } });
      await identity.waitForEvent('certhub.certification_body.created.v1', (e) => e.cbId === `cb-${code}`);
      await expect(
        identity.call('identity.certification-bodies.create', body(code), platformAdmin),
      ).rejects.toMatchObject({ code: 'conflict' });
      await expect(
        identity.call('identity.certification-bodies.create', body(`${code}x`), cbAdmin),
      ).rejects.toMatchObject({ code: 'forbidden' });
    });

    it(
      'get their first administrator from the platform_admin, nobody else',
      async () => {
        const code = uniqueId('cb').toLowerCase().slice(0, 20);
        const cb = await identity.call('identity.certification-bodies.create', body(code), platformAdmin);
        const person = {
          firstName: 'Claire',
          lastName: 'Première',
          email: `${uniqueId('cba')}@example.test`,
        };

        const admin = await identity.call(
          'identity.certification-bodies.invite-admin',
          { cbId: cb.id, ...person },
          platformAdmin,
        );
        expect(admin).toMatchObject({
          email: person.email,
          role: 'cb_admin',
          tenantType: 'cb',
          tenantId: cb.id,
        });
        expect(await KeycloakTestAdmin.realmRoles(admin.id)).toContain('cb_admin');
        await MailSink.waitForMail(person.email);

        const another = { ...person, email: `${uniqueId('cba')}@example.test` };
        await expect(
          identity.call('identity.certification-bodies.invite-admin', { cbId: cb.id, ...another }, cbAdmin),
        ).rejects.toMatchObject({ code: 'forbidden' });
        await expect(
          identity.call(
            'identity.certification-bodies.invite-admin',
            { cbId: 'cb-nowhere', ...another },
            platformAdmin,
          ),
        ).rejects.toMatchObject({ code: 'not_found' });
        expect(await KeycloakTestAdmin.usersByEmail(another.email)).toEqual([]);
      },
      MAIL_TEST_TIMEOUT_MS,
    );

    it('show their users to the platform_admin (searchable, read only), to no other tenant', async () => {
      const page = await identity.call(
        'identity.certification-bodies.users',
        { cbId: 'cb-demo', pageSize: 100 },
        platformAdmin,
      );
      expect(page.items.map((u) => u.email)).toEqual(
        expect.arrayContaining(['cb.admin@certhub.local', 'analyst@certhub.local']),
      );
      expect(page.items.every((u) => u.tenantType === 'cb' && u.tenantId === 'cb-demo')).toBe(true);
      const found = await identity.call(
        'identity.certification-bodies.users',
        { cbId: 'cb-demo', q: 'analyst@' },
        platformAdmin,
      );
      expect(found.items.map((u) => u.email)).toEqual(['analyst@certhub.local']);

      await expect(
        identity.call('identity.certification-bodies.users', { cbId: 'cb-demo' }, cbAdmin),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await expect(
        identity.call('identity.certification-bodies.users', { cbId: 'cb-nowhere' }, platformAdmin),
      ).rejects.toMatchObject({ code: 'not_found' });
    });

    it('are listed to any signed-in user', async () => {
      const page = await identity.call('identity.certification-bodies.list', { pageSize: 100 }, orgMember);
      expect(page.items.map((b) => b.id)).toContain('cb-demo');
      await expect(identity.call('identity.certification-bodies.list', {})).rejects.toMatchObject({
        code: 'unauthenticated',
      });
    });
  });

  describe('company registry (public)', () => {
    it('pre-fills from a SIRET, 404 for an unknown one, 422 with the reason for an invalid one', async () => {
      const company = takeCompany();
      const hq = headquartersOf(company);
      await expect(identity.call('identity.companies.lookup', { siret: hq.siret })).resolves.toEqual({
        siren: company.siren,
        siret: hq.siret,
        name: company.name,
        nafCode: company.nafCode,
        address: hq.address,
        headquarters: true,
      });
      await expect(
        identity.call('identity.companies.lookup', { siret: UNKNOWN_SIRET }),
      ).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(identity.call('identity.companies.lookup', { siret: '1234' })).rejects.toMatchObject({
        code: 'validation_failed',
        details: [{ field: 'siret', message: 'SIRET must have 14 digits, got 4' }],
      });
    });
  });
});
