import type { Principal } from '@certhub/contracts';
import {
  PrivateComponent,
  RpcTestClient,
  startService,
  uniqueId,
  waitFor,
  type ServiceProcess,
} from '@certhub/testing';

/**
 * The database goes away under a running service: callers get a fast, honest 503
 * (dependency_unavailable, no internal detail), never a 500 or a hang, and the service serves
 * again by itself when the database returns.
 */
describe('a database outage answers 503 at once and heals', () => {
  let nats: PrivateComponent;
  let mongo: PrivateComponent;
  let service: ServiceProcess;
  let rpc: RpcTestClient;
  const principal: Principal = {
    userId: 'u1',
    tenantType: 'cb',
    tenantId: uniqueId('cb'),
    roles: ['cb_admin'],
  };

  beforeAll(async () => {
    [nats, mongo] = await Promise.all([PrivateComponent.start('nats'), PrivateComponent.start('mongo')]);
    service = await startService('analytics', { NATS_URL: nats.url, MONGO_URL: mongo.url });
    rpc = await RpcTestClient.connect(nats.url, { timeoutMs: 10_000 });
  }, 120_000);

  afterAll(async () => {
    await rpc?.close();
    await service?.stop();
    nats?.stop();
    mongo?.stop();
  });

  const counts = () => rpc.call('analytics.event-counts', {}, principal);

  it('answers dependency_unavailable within seconds while the database is down, then serves again', async () => {
    await counts();
    mongo.stop();

    const started = Date.now();
    const failure = await counts().then(
      () => undefined,
      (error: unknown) => error as { code: string; message: string },
    );
    const elapsed = Date.now() - started;
    expect(failure).toMatchObject({
      code: 'dependency_unavailable',
      message: 'the database is unavailable: try again in a moment',
    });
    // Server selection gives up after 2 s: well before the gateway's 10 s RPC timeout.
    expect(elapsed).toBeLessThan(5_000);

    mongo.restart();
    await waitFor(
      'the service to read the database again',
      () =>
        counts().then(
          () => true,
          () => false,
        ),
      {
        timeoutMs: 60_000,
        intervalMs: 500,
      },
    );
    expect(service.process.exitCode).toBeNull();
  }, 120_000);
});
