import { LA_POSTE_SIREN, checkSiren, checkSiret } from '@certhub/contracts';
import { DEMO_ORGANISATION } from '../demo/demo-data';
import { OfflineCompanyRegistry, loadDataset } from './offline-company-registry';

describe('the offline company dataset', () => {
  const { companies } = loadDataset();
  const establishments = companies.flatMap((c) => c.establishments.map((e) => ({ ...e, siren: c.siren })));

  it('holds at least 300 companies, several of them with more than one establishment', () => {
    expect(companies.length).toBeGreaterThanOrEqual(300);
    expect(companies.filter((c) => c.establishments.length > 1).length).toBeGreaterThanOrEqual(20);
  });

  it('has only valid SIRENs and SIRETs, each SIRET under its company’s SIREN, all distinct', () => {
    for (const company of companies)
      expect([company.siren, checkSiren(company.siren)]).toEqual([
        company.siren,
        { ok: true, value: company.siren },
      ]);
    for (const e of establishments) {
      expect([e.siret, checkSiret(e.siret)]).toEqual([e.siret, { ok: true, value: e.siret }]);
      expect(e.siret.startsWith(e.siren)).toBe(true);
    }
    expect(new Set(companies.map((c) => c.siren)).size).toBe(companies.length);
    expect(new Set(establishments.map((e) => e.siret)).size).toBe(establishments.length);
  });

  it('gives every company exactly one headquarters', () => {
    for (const company of companies)
      expect(company.establishments.filter((e) => e.headquarters)).toHaveLength(1);
  });

  it('includes La Poste, whose establishments follow its own digit-sum rule rather than Luhn', () => {
    const laPoste = companies.find((c) => c.siren === LA_POSTE_SIREN);
    expect(laPoste?.establishments.length).toBeGreaterThan(1);
    for (const { siret } of laPoste?.establishments ?? []) {
      expect([...siret].reduce((sum, d) => sum + Number(d), 0) % 5).toBe(0);
    }
  });

  it('includes the demo organisation of the realm’s demo users', async () => {
    const sut = new OfflineCompanyRegistry();
    await expect(sut.findBySiret(DEMO_ORGANISATION.siret)).resolves.toMatchObject({
      siren: DEMO_ORGANISATION.siren,
      headquarters: true,
    });
  });
});
