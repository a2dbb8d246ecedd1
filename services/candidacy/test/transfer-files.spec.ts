import { GatewayClient, TestStack, uniqueId } from '@certhub/testing';
import {
  completeIdentity,
  openEstablishment,
  person,
  type EstablishmentSite,
} from './support/candidacy-fixtures';
import { createNetworkAdmin } from './support/network-user';

type Body = Record<string, unknown>;

const nantes: EstablishmentSite = {
  contact: { lastName: 'Petit', firstName: 'Jeanne', email: 'jeanne.petit@example.org' },
  address: { line1: '2 rue du Port', postalCode: '44000', city: 'Nantes', country: 'FR' },
  phone: '02 40 00 00 00',
  region: 'PDL',
};

/**
 * A candidate transferred to an establishment of another network takes his files along
 * (docs/domain/individuals-certification.md#documents): his upload context and every document in it
 * pass to the new network, whose establishment reads and adds them; the network he left reads and
 * writes them no more. The certifier's people read them on both sides of the move.
 */
describe('a candidate’s files after a transfer to another network, through the gateway', () => {
  let stack: TestStack;
  let gateway: GatewayClient;
  let other: GatewayClient;
  const otherAdmin = uniqueId('net2-admin');
  let otherEstablishmentId: string;

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'document', 'candidacy', 'gateway']);
    const url = stack.service('gateway').url;
    gateway = await GatewayClient.signIn(url, ['network.admin', 'establishment.a', 'certifier']);
    // A second network under the same certifier, with its own administrator and establishment.
    const network = await gateway.ok('certifier', 'POST', '/networks', {
      name: `Réseau ${uniqueId('r')}`,
      head: nantes.contact,
    });
    await createNetworkAdmin(otherAdmin, network['id'] as string);
    other = await GatewayClient.signIn(url, [otherAdmin]);
    otherEstablishmentId = await openEstablishment(other, otherAdmin, String(network['id']), nantes);
  }, 180_000);
  afterAll(() => stack?.stop());

  it('hands the context and its documents to the new network and takes them from the old one', async () => {
    const c = await gateway.ok('establishment.a', 'POST', '/candidates', {
      ...person(),
      ...completeIdentity,
    });
    const id = c['id'] as string;
    const context = c['filesContextId'] as string;
    const proof = await gateway.upload('establishment.a', context, 'attestation.pdf', `%PDF-1.7\n${id}`);
    expect(await gateway.ok('establishment.a', 'GET', `/documents/${proof}`)).toMatchObject({
      ownerTenantId: 'net-demo',
    });

    const transfer = await other.ok(otherAdmin, 'POST', `/candidates/${id}/transfer-requests`, {
      establishmentId: otherEstablishmentId,
      reason: 'candidate_moved',
    });
    await gateway.ok('certifier', 'PUT', `/transfer-requests/${String(transfer['id'])}/decision`, {
      decision: 'accepted',
    });

    // The new network owns and reads them, and adds to them.
    const moved = (await other.ok(otherAdmin, 'GET', `/candidates/${id}`)) as Body;
    expect(moved).toMatchObject({ establishmentId: otherEstablishmentId, filesContextId: context });
    const networkId = moved['networkId'] as string;
    expect(await other.ok(otherAdmin, 'GET', `/documents/${proof}`)).toMatchObject({
      ownerTenantId: networkId,
    });
    expect((await other.download(otherAdmin, `/documents/${proof}/content`)).status).toBe(200);
    const listed = await other.ok(otherAdmin, 'GET', `/candidates/${id}/documents`);
    expect((listed['items'] as Body[]).map((d) => d['documentId'])).toEqual([proof]);
    await expect(other.upload(otherAdmin, context, 'suite.pdf', `%PDF-1.7\nsuite ${id}`)).resolves.toEqual(
      expect.any(String),
    );
    // The network he left reads nothing of them any more, nor adds to them.
    for (const who of ['establishment.a', 'network.admin']) {
      expect([who, (await gateway.api(who, 'GET', `/documents/${proof}`)).status]).toEqual([who, 404]);
      expect([who, (await gateway.download(who, `/documents/${proof}/content`)).status]).toEqual([who, 404]);
      expect([
        who,
        (await gateway.api(who, 'GET', `/documents?contextId=${encodeURIComponent(context)}`)).status,
      ]).toEqual([who, 404]);
      await expect(gateway.upload(who, context, 'apres.pdf', `%PDF-1.7\napres ${who}`)).rejects.toThrow(
        /→ 404/,
      );
    }
    // The certifier's people still read them.
    expect((await gateway.api('certifier', 'GET', `/documents/${proof}`)).status).toBe(200);
  });
});
