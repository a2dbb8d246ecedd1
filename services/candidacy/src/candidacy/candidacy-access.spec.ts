import { SYSTEM_PRINCIPAL, type Principal } from '@certhub/contracts';
import { perimeterScope } from './candidacy-access';

const p = (over: Partial<Principal>): Principal => ({
  userId: 'u',
  tenantType: 'network',
  tenantId: 'net-1',
  roles: ['establishment_user'],
  ...over,
});

describe(perimeterScope.name, () => {
  it('pins each level of a network to its own tenant key', () => {
    expect(
      perimeterScope(p({ perimeter: { trainingOrganisationId: 'of-1', establishmentId: 'et-1' } })),
    ).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'et-1', establishmentId: 'et-1', networkId: 'net-1' },
    });
    expect(
      perimeterScope(p({ roles: ['training_org_user'], perimeter: { trainingOrganisationId: 'of-1' } })),
    ).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'of-1', trainingOrganisationId: 'of-1', networkId: 'net-1' },
    });
    expect(perimeterScope(p({ roles: ['network_admin'] }))).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'net-1', networkId: 'net-1' },
    });
  });

  it('gives a certifier its own candidacies, the platform all, and anyone else nothing', () => {
    expect(perimeterScope(p({ tenantType: 'cb', tenantId: 'cb-1', roles: ['jury_member'] }))).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'cb-1', certifierId: 'cb-1' },
    });
    expect(perimeterScope(SYSTEM_PRINCIPAL).kind).toBe('cross');
    expect(perimeterScope(p({ tenantType: 'cb', tenantId: 'cb-1', roles: ['auditor'] })).kind).toBe('none');
    expect(
      perimeterScope(p({ tenantType: 'organisation', tenantId: 'org-1', roles: ['org_admin'] })).kind,
    ).toBe('none');
    // A network tenant with a role of another side reaches nothing.
    expect(perimeterScope(p({ roles: ['org_admin'] })).kind).toBe('none');
  });
});
