import { PrivateComponent, startService, waitFor, type ServiceProcess } from '@certhub/testing';

/**
 * A service whose NATS or database goes away must stay up, answer not-ready, and recover by
 * itself when the dependency returns — no restart of the service.
 */
describe('readiness follows the dependencies and recovers', () => {
  let nats: PrivateComponent;
  let mongo: PrivateComponent;
  let service: ServiceProcess;

  beforeAll(async () => {
    [nats, mongo] = await Promise.all([PrivateComponent.start('nats'), PrivateComponent.start('mongo')]);
    service = await startService('analytics', { NATS_URL: nats.url, MONGO_URL: mongo.url });
  });

  afterAll(async () => {
    await service?.stop();
    nats?.stop();
    mongo?.stop();
  });

  const checks = async () =>
    (await service.readiness()) as { status: number; body: { checks: Record<string, { status: string }> } };

  it.each([
    ['nats', () => nats],
    ['mongodb', () => mongo],
  ] as const)(
    'answers not-ready while %s is down, then ready again without a restart',
    async (check, component) => {
      const pid = service.process.pid;
      component().stop();
      await waitFor(
        `readyz to report ${check} down`,
        async () => {
          const r = await checks();
          return r.status === 503 && r.body.checks[check]?.status === 'down';
        },
        { timeoutMs: 30_000, intervalMs: 250 },
      );
      expect((await fetch(`${service.url}/healthz`)).status).toBe(200);

      component().restart();
      await waitFor(`readyz to recover after ${check} returns`, async () => (await checks()).status === 200, {
        timeoutMs: 60_000,
        intervalMs: 250,
      });
      expect(service.process.exitCode).toBeNull();
      expect(service.process.pid).toBe(pid);
    },
  );
});

describe('readiness without Keycloak', () => {
  it('keeps the gateway ready with Keycloak away (tokens are checked with cached keys) and reports it degraded', async () => {
    const gateway = await startService('gateway', { KEYCLOAK_URL: 'http://127.0.0.1:9' });
    try {
      const { status, body } = (await gateway.readiness()) as {
        status: number;
        body: { degraded: string[]; checks: Record<string, { status: string }> };
      };
      expect(status).toBe(200);
      expect(body.checks['keycloak']?.status).toBe('down');
      expect(body.degraded).toContain('keycloak');
    } finally {
      await gateway.stop();
    }
  });
});
