import { ensureRealmUser } from '@certhub/testing';

/**
 * The administrator of a network a test created (the realm's demo users all live in `net-demo`);
 * `name` signs in as `<name>@certhub.local` with the demo password. Nobody of another network can
 * invite him: a user is invited into the inviter's own tenant.
 */
export async function createNetworkAdmin(name: string, networkId: string): Promise<void> {
  await ensureRealmUser({
    username: `${name}@certhub.local`,
    role: 'network_admin',
    tenantType: 'network',
    tenantId: networkId,
    firstName: 'Autre',
    lastName: 'Réseau',
  });
}
