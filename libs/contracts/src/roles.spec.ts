import { perimeterHolds, type Principal } from './principal';
import { mayGrantRole, perimeterFitsRole } from './roles';

describe(mayGrantRole.name, () => {
  it('lets an admin grant roles at or below his own on his side', () => {
    expect(mayGrantRole(['cb_admin'], 'cb_admin')).toBe(true);
    expect(mayGrantRole(['cb_admin'], 'auditor')).toBe(true);
    expect(mayGrantRole(['org_admin'], 'org_member')).toBe(true);
    expect(mayGrantRole(['cb_admin'], 'jury_member')).toBe(true);
  });

  it('refuses a role above the granter’s own', () => {
    expect(mayGrantRole(['analyst'], 'cb_admin')).toBe(false);
    expect(mayGrantRole(['org_member'], 'org_admin')).toBe(false);
  });

  it('refuses roles of another tenant side, whatever the rank', () => {
    expect(mayGrantRole(['cb_admin'], 'org_member')).toBe(false);
    expect(mayGrantRole(['org_admin'], 'analyst')).toBe(false);
    expect(mayGrantRole(['platform_admin'], 'partner')).toBe(false);
    expect(mayGrantRole(['network_admin'], 'org_member')).toBe(false);
  });

  it('ranks the training side network > supervisor > organisation > establishment, admin over user', () => {
    const order = [
      'network_admin',
      'network_supervisor',
      'training_org_admin',
      'training_org_user',
      'establishment_admin',
      'establishment_user',
    ] as const;
    order.forEach((granter, i) =>
      order.forEach((role, j) =>
        expect([granter, role, mayGrantRole([granter], role)]).toEqual([granter, role, j >= i]),
      ),
    );
  });
});

describe(perimeterFitsRole.name, () => {
  it('asks each training-side role for exactly its depth', () => {
    expect(perimeterFitsRole('network_admin', undefined)).toBe(true);
    expect(perimeterFitsRole('network_admin', { trainingOrganisationId: 'of-1' })).toBe(false);
    expect(perimeterFitsRole('training_org_user', { trainingOrganisationId: 'of-1' })).toBe(true);
    expect(perimeterFitsRole('training_org_admin', undefined)).toBe(false);
    expect(
      perimeterFitsRole('training_org_admin', { trainingOrganisationId: 'of-1', establishmentId: 'et-1' }),
    ).toBe(false);
    expect(
      perimeterFitsRole('establishment_user', { trainingOrganisationId: 'of-1', establishmentId: 'et-1' }),
    ).toBe(true);
    expect(perimeterFitsRole('establishment_admin', { trainingOrganisationId: 'of-1' })).toBe(false);
  });

  it('gives the other sides no perimeter', () => {
    expect(perimeterFitsRole('cb_admin', undefined)).toBe(true);
    expect(perimeterFitsRole('org_admin', { trainingOrganisationId: 'of-1' })).toBe(false);
  });
});

describe(perimeterHolds.name, () => {
  const principal = (perimeter?: Principal['perimeter']): Principal => ({
    userId: 'u',
    tenantType: 'network',
    tenantId: 'net-1',
    roles: [],
    ...(perimeter ? { perimeter } : {}),
  });
  const place = { networkId: 'net-1', trainingOrganisationId: 'of-1', establishmentId: 'et-1' };

  it('gives a network’s staff the whole network and nothing of another', () => {
    expect(perimeterHolds(principal(), place)).toBe(true);
    expect(perimeterHolds(principal(), { ...place, networkId: 'net-2' })).toBe(false);
  });

  it('keeps an organisation’s staff to its establishments and an establishment’s to itself', () => {
    expect(perimeterHolds(principal({ trainingOrganisationId: 'of-1' }), place)).toBe(true);
    expect(perimeterHolds(principal({ trainingOrganisationId: 'of-2' }), place)).toBe(false);
    const establishment = principal({ trainingOrganisationId: 'of-1', establishmentId: 'et-1' });
    expect(perimeterHolds(establishment, place)).toBe(true);
    expect(perimeterHolds(establishment, { ...place, establishmentId: 'et-2' })).toBe(false);
    expect(perimeterHolds(establishment, { networkId: 'net-1', trainingOrganisationId: 'of-1' })).toBe(false);
  });

  it('holds nothing for another tenant side', () => {
    expect(perimeterHolds({ ...principal(), tenantType: 'cb', tenantId: 'net-1' }, place)).toBe(false);
  });
});
