import type { EventPayload, RpcResponse } from '@certhub/contracts';
import { waitFor } from '@certhub/testing';
import { NotificationHarness } from './support/notification-harness';

const NETWORK_ADMIN = 'network.admin@certhub.local';
const ESTABLISHMENT_A = 'establishment.a@certhub.local';

type Network = RpcResponse<'identity.networks.get'>;
type Inbox = RpcResponse<'notification.inbox.list'>;

const candidacy = (reference: string): EventPayload<'certhub.candidacy.created.v1'> => ({
  candidateId: `cand-${reference}`,
  reference,
  establishmentId: 'est-demo-a',
  trainingOrganisationId: 'of-demo',
  networkId: 'net-demo',
  certifierId: 'cb-demo',
  createdBy: 'u-est-a',
});

/**
 * The network option "notify me when a candidacy is created", edited through the gateway by the
 * network's head and honoured by the notification service as it stands when each event comes.
 */
describe('the network option "notify me when a candidacy is created"', () => {
  let h: NotificationHarness;

  beforeAll(async () => {
    h = await NotificationHarness.start(['gateway', 'identity', 'notification']);
  }, 120_000);
  afterAll(() => h?.stop());

  const network = async () => (await h.api<Network>(NETWORK_ADMIN, 'GET', '/networks/net-demo')).body;
  const setOption = (email: string, version: number, on: boolean) =>
    h.api<Network>(email, 'PATCH', '/networks/net-demo', { version, notifyOnCandidacy: on });
  const candidacyEntries = async () =>
    (
      await h.api<Inbox>(NETWORK_ADMIN, 'GET', '/notifications?category=dossier&pageSize=100')
    ).body.items.filter((n) => n.eventType === 'certhub.candidacy.created.v1');

  it('is the network admin’s to change, on the version he read', async () => {
    const before = await network();
    expect(before.notifyOnCandidacy).toBe(false);
    expect((await setOption(ESTABLISHMENT_A, before.version, true)).status).toBe(403);
    const on = await setOption(NETWORK_ADMIN, before.version, true);
    expect(on).toMatchObject({ status: 200, body: { notifyOnCandidacy: true, version: before.version + 1 } });
    const stale = await setOption(NETWORK_ADMIN, before.version, false);
    expect(stale.status).toBe(409);
  });

  it('tells the network’s head of each new candidacy while on, and no more once off', async () => {
    const current = await network();
    if (!current.notifyOnCandidacy)
      expect((await setOption(NETWORK_ADMIN, current.version, true)).status).toBe(200);
    await h.publish('certhub.candidacy.created.v1', candidacy('C-ON'), 'net-demo');
    const told = await waitFor('the candidacy in the network admin’s inbox', async () => {
      const entries = await candidacyEntries();
      return entries.length === 1 ? entries : undefined;
    });
    expect(told[0]).toMatchObject({ title: expect.stringContaining('C-ON'), read: false });

    const on = await network();
    expect((await setOption(NETWORK_ADMIN, on.version, false)).status).toBe(200);
    await h.publish('certhub.candidacy.created.v1', candidacy('C-OFF'), 'net-demo');
    // A mandatory notice to the same admin, published after: once it is in, the candidacy before it was handled.
    await h.publish(
      'certhub.establishment.activation_changed.v1',
      { establishmentId: 'est-demo-a', networkId: 'net-demo', active: false, changedBy: 'u-certifier' },
      'net-demo',
    );
    await waitFor('the deactivation notice in the network admin’s inbox', async () => {
      const { body } = await h.api<Inbox>(
        NETWORK_ADMIN,
        'GET',
        '/notifications?category=account&pageSize=100',
      );
      return body.items.some((n) => n.eventType === 'certhub.establishment.activation_changed.v1');
    });
    expect((await candidacyEntries()).map((n) => n.title)).toEqual([expect.stringContaining('C-ON')]);
  });
});
