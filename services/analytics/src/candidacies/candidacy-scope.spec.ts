import { CANDIDACY_FOLLOWERS, CANDIDACY_STATS_ROLES, type Principal } from '@certhub/contracts';
import { candidacyScope } from './candidacy-scope';

const network = (roles: Principal['roles'], perimeter?: Principal['perimeter']): Principal => ({
  userId: 'u',
  tenantType: 'network',
  tenantId: 'net-1',
  roles,
  ...(perimeter ? { perimeter } : {}),
});

describe('candidacyScope', () => {
  it('reads a training user at his perimeter’s level: establishment, organisation, else the network', () => {
    expect(
      candidacyScope(
        network(['establishment_user'], { establishmentId: 'est-1', trainingOrganisationId: 'of-1' }),
        CANDIDACY_FOLLOWERS,
      ),
    ).toEqual({ kind: 'tenant', tenantId: 'est-1' });
    expect(
      candidacyScope(
        network(['training_org_admin'], { trainingOrganisationId: 'of-1' }),
        CANDIDACY_STATS_ROLES,
      ),
    ).toEqual({
      kind: 'tenant',
      tenantId: 'of-1',
    });
    expect(candidacyScope(network(['network_admin']), CANDIDACY_STATS_ROLES)).toEqual({
      kind: 'tenant',
      tenantId: 'net-1',
    });
  });

  it('reads a certifier’s staff at the certifier, platform staff everywhere', () => {
    expect(
      candidacyScope(
        { userId: 'u', tenantType: 'cb', tenantId: 'cb-1', roles: ['certifier_staff'] },
        CANDIDACY_STATS_ROLES,
      ),
    ).toEqual({ kind: 'tenant', tenantId: 'cb-1' });
    expect(
      candidacyScope(
        { userId: 'u', tenantType: 'platform', tenantId: 'platform', roles: ['platform_admin'] },
        CANDIDACY_STATS_ROLES,
      ),
    ).toEqual({ kind: 'platform' });
  });

  it('refuses a role outside the list, and tenants outside the line', () => {
    expect(() =>
      candidacyScope(
        network(['establishment_user'], { establishmentId: 'e', trainingOrganisationId: 'o' }),
        CANDIDACY_STATS_ROLES,
      ),
    ).toThrow(/roles/);
    expect(() =>
      candidacyScope(
        { userId: 'u', tenantType: 'organisation', tenantId: 'o', roles: ['platform_admin'] },
        CANDIDACY_STATS_ROLES,
      ),
    ).toThrow(/not available/);
  });
});
