import { mayEditNetworkPlace as mayEdit, type NetworkPlace, type Principal } from './principal';
import type { Role } from './roles';

const principal = (
  roles: Role[],
  perimeter?: { trainingOrganisationId?: string; establishmentId?: string },
  tenantId = 'net-1',
): Principal =>
  ({
    userId: 'u-1',
    tenantType: 'network',
    tenantId,
    roles,
    ...(perimeter ? { perimeter } : {}),
  }) as Principal;

const network: NetworkPlace = { networkId: 'net-1' };
const organisation: NetworkPlace = { networkId: 'net-1', trainingOrganisationId: 'of-1' };
const establishment: NetworkPlace = {
  networkId: 'net-1',
  trainingOrganisationId: 'of-1',
  establishmentId: 'est-1',
};
const otherEstablishment: NetworkPlace = { ...establishment, establishmentId: 'est-2' };
const otherOrganisation: NetworkPlace = { ...organisation, trainingOrganisationId: 'of-2' };

describe('mayEditNetworkPlace', () => {
  it('lets the network’s administrators and supervisors edit the network and everything below', () => {
    for (const role of ['network_admin', 'network_supervisor'] as const) {
      const sut = principal([role]);
      expect([network, organisation, establishment].map((t) => mayEdit(sut, t))).toEqual([true, true, true]);
    }
  });

  it('refuses another network’s heads', () => {
    expect(mayEdit(principal(['network_admin'], undefined, 'net-2'), establishment)).toBe(false);
  });

  it('lets an organisation’s administrator edit his organisation and its establishments only', () => {
    const sut = principal(['training_org_admin'], { trainingOrganisationId: 'of-1' });
    expect(mayEdit(sut, network)).toBe(false);
    expect(mayEdit(sut, organisation)).toBe(true);
    expect(mayEdit(sut, establishment)).toBe(true);
    expect(mayEdit(sut, otherOrganisation)).toBe(false);
  });

  it('lets an establishment’s administrator edit his establishment only', () => {
    const sut = principal(['establishment_admin'], {
      trainingOrganisationId: 'of-1',
      establishmentId: 'est-1',
    });
    expect(mayEdit(sut, establishment)).toBe(true);
    expect(mayEdit(sut, otherEstablishment)).toBe(false);
    expect(mayEdit(sut, organisation)).toBe(false);
    expect(mayEdit(sut, network)).toBe(false);
  });

  it('refuses the users (non-admin roles) at every level', () => {
    expect(mayEdit(principal(['training_org_user'], { trainingOrganisationId: 'of-1' }), establishment)).toBe(
      false,
    );
    expect(
      mayEdit(
        principal(['establishment_user'], { trainingOrganisationId: 'of-1', establishmentId: 'est-1' }),
        establishment,
      ),
    ).toBe(false);
  });

  it('refuses the certifier’s staff (they change only the active flag) and lets platform admins edit', () => {
    const certifier = {
      userId: 'c',
      tenantType: 'cb',
      tenantId: 'cb-1',
      roles: ['certifier_staff'],
    } as Principal;
    const admin = {
      userId: 'a',
      tenantType: 'platform',
      tenantId: 'platform',
      roles: ['platform_admin'],
    } as Principal;
    expect(mayEdit(certifier, establishment)).toBe(false);
    expect(mayEdit(admin, network)).toBe(true);
  });
});
