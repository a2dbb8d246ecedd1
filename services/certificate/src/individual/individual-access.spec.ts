import type { Principal, Role } from '@certhub/contracts';
import { requireCertifier, requireIndividualReader } from './individual-access';

const as = (
  tenantType: Principal['tenantType'],
  tenantId: string,
  roles: Role[],
  perimeter?: Principal['perimeter'],
) => ({ userId: 'u', tenantType, tenantId, roles, ...(perimeter ? { perimeter } : {}) }) as Principal;

describe(requireIndividualReader.name, () => {
  it('pins each reader to its own level of the candidate’s places', () => {
    expect(requireIndividualReader(as('cb', 'cb-1', ['jury_member']))).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'cb-1', cbId: 'cb-1' },
    });
    expect(
      requireIndividualReader(
        as('network', 'net-1', ['establishment_user'], {
          trainingOrganisationId: 'of-1',
          establishmentId: 'est-1',
        }),
      ),
    ).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'est-1', establishmentId: 'est-1', networkId: 'net-1' },
    });
    expect(
      requireIndividualReader(
        as('network', 'net-1', ['training_org_admin'], { trainingOrganisationId: 'of-1' }),
      ),
    ).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'of-1', trainingOrganisationId: 'of-1', networkId: 'net-1' },
    });
    expect(requireIndividualReader(as('network', 'net-1', ['network_admin']))).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'net-1', networkId: 'net-1' },
    });
  });

  it('refuses the organisations’ line and a CB’s people who do not certify individuals', () => {
    expect(() => requireIndividualReader(as('organisation', 'org-1', ['org_admin']))).toThrow(
      /public verification/,
    );
    expect(() => requireIndividualReader(as('cb', 'cb-1', ['analyst']))).toThrow(/public verification/);
    expect(() => requireIndividualReader(undefined)).toThrow(/signed-in/);
  });
});

describe(requireCertifier.name, () => {
  it('lets the certifier’s staff withdraw, not its jury nor a network', () => {
    expect(requireCertifier(as('cb', 'cb-1', ['certifier_staff']))).toEqual({
      tenantId: 'cb-1',
      cbId: 'cb-1',
    });
    expect(() => requireCertifier(as('cb', 'cb-1', ['jury_member']))).toThrow(/only the certifier/);
    expect(() => requireCertifier(as('network', 'net-1', ['network_admin']))).toThrow(/only the certifier/);
  });
});
