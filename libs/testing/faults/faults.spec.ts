import { EVENTS_STREAM } from '@certhub/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import { JSONCodec, type NatsConnection } from 'nats';
import { passwordToken } from '../src/keycloak';
import { uniqueId } from '../src/ids';
import { waitFor } from '../src/wait';
import {
  LIMITS,
  STACK,
  api,
  connectNats,
  frozen,
  measured,
  pidOf,
  postJson,
  restartComponent,
  services,
  servicesCommand,
  storeName,
  systemCall,
  timed,
  upload,
  type Answer,
} from './fault-stack';

/**
 * Each fault of the reliability issue, injected into the real processes of a stack started as
 * `./certhub up` starts it: stopped or frozen (SIGSTOP) NATS, store, MinIO, clamd, Keycloak and a
 * service, and a service killed with -9. Every answer is checked for its status (503
 * dependency_unavailable with Retry-After, never a hang, a 500 or a 401), its latency bound (the
 * configured timeout plus a margin), the stack's recovery without any restart by hand, and that
 * nothing was lost or done twice.
 */
describe('faults: fast honest answers, self-healing, no loss or duplicate', () => {
  const tokens: Record<string, string> = {};
  let nc: NatsConnection;
  let calls: NatsConnection;
  const open = { schemeId: 'amarc', level: 'A', cbId: 'cb-demo' };

  beforeAll(async () => {
    for (const user of ['org.admin', 'cb.admin']) tokens[user] = await passwordToken(`${user}@certhub.local`);
    nc = await connectNats();
    calls = await connectNats('gateway');
  });
  afterAll(async () => {
    await nc?.close();
    await calls?.close();
    // The record of what each fault was answered in (the bounds are asserted above).
    console.log(`fault latencies (ms): ${JSON.stringify(measured, null, 1)}`);
  });

  const org = () => tokens['org.admin'] as string;
  const dossierIds = async () => {
    const page = await api(org(), '/dossiers?pageSize=100');
    expect(page.status).toBe(200);
    return (page.body['items'] as { id: string }[]).map((d) => d.id);
  };
  const expectUnavailable = (answer: Answer, ms: number, boundMs: number) => {
    expect({ status: answer.status, retryAfter: answer.retryAfter !== null }).toEqual({
      status: 503,
      retryAfter: true,
    });
    expect(answer.body['code'] ?? answer.body['type']).toBeDefined();
    expect(JSON.stringify(answer.body)).not.toMatch(/127\.0\.0\.1|evt\.|dossier\.dossiers\./);
    expect(ms).toBeLessThan(boundMs);
  };
  /** Ids of dossiers announced on the event stream (created events), each as many times as published. */
  const createdEvents = async (ids: string[]) => {
    const jsm = await nc.jetstreamManager();
    const codec = JSONCodec<{ subject: string }>();
    const counts = Object.fromEntries(ids.map((id) => [id, 0]));
    const info = await jsm.streams.info(EVENTS_STREAM);
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const message = await jsm.streams.getMessage(EVENTS_STREAM, { seq }).catch(() => undefined);
      if (!message || message.subject !== 'evt.dossier.dossier.created') continue;
      const id = codec.decode(message.data).subject;
      if (id in counts) counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  };
  const documentContext = async () => {
    const context = await systemCall(calls, 'document.contexts.upsert', {
      contextId: `dossier:${uniqueId('d')}:question:q1`,
      kind: 'dossier_question',
      ownerTenantId: 'org-demo',
      readers: [{ tenantType: 'cb', tenantId: 'cb-demo' }],
      writers: [{ tenantType: 'organisation', tenantId: 'org-demo' }],
      rules: { accept: ['pdf', 'zip'], maxBytes: 4 * 1024 * 1024, maxCount: 50 },
      retentionDays: 365,
    });
    return context.contextId;
  };
  /** Repeats `call` until it is answered `status` (the stack healing), and gives that answer. */
  const until = (what: string, status: number, call: () => Promise<Answer>, timeoutMs = 30_000) =>
    waitFor(
      what,
      async () => {
        const answer = await call();
        return answer.status === status ? answer : false;
      },
      { timeoutMs, intervalMs: 300 },
    );
  const pdf = (size = 50_000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size)]);
  const documentsIn = async (contextId: string) => {
    const page = await api(org(), `/documents?${new URLSearchParams({ contextId }).toString()}`);
    expect(page.status).toBe(200);
    return (page.body['items'] as { documentId: string }[]).map((d) => d.documentId);
  };

  it('a frozen service: 503 after the RPC timeout; the retry with the same Idempotency-Key gets the late answer, one dossier', async () => {
    const before = await dossierIds();
    const key = randomUUID();
    const { ms, value } = await frozen('dossier', () => timed(() => postJson(org(), '/dossiers', open, key)));
    measured['frozen dossier service: POST /dossiers'] = ms;
    expectUnavailable(value, ms, LIMITS.RPC_TIMEOUT_MS + 2_000);
    expect(ms).toBeGreaterThanOrEqual(LIMITS.RPC_TIMEOUT_MS - 100);

    // Thawed, the service runs the command it had received; the retry is answered with its result.
    const retried = await until('the retried command to be answered', 201, () =>
      postJson(org(), '/dossiers', open, key),
    );
    const after = await dossierIds();
    expect(after.filter((id) => !before.includes(id))).toEqual([retried.body['id']]);
    await waitFor(
      'the created event',
      async () => (await createdEvents([retried.body['id'] as string]))[retried.body['id'] as string] === 1,
    );
  });

  it('a frozen store: 503 with Retry-After within its timeout, then served again by itself', async () => {
    const store = storeName();
    const key = randomUUID();
    const contextId = await documentContext();
    const stored = await upload(org(), contextId, pdf());
    expect(stored.status).toBe(201);
    const answers = await frozen(store, async () => ({
      'GET /dossiers': await timed(() => api(org(), '/dossiers?pageSize=5')),
      'POST /dossiers': await timed(() => postJson(org(), '/dossiers', open, key)),
      upload: await timed(() => upload(org(), contextId, pdf())),
      download: await timed(() => api(org(), `/documents/${stored.body['documentId'] as string}/content`)),
    }));
    for (const [what, { ms, value }] of Object.entries(answers)) {
      measured[`frozen store: ${what}`] = ms;
      expectUnavailable(value, ms, LIMITS.RPC_TIMEOUT_MS + 1_000);
    }

    const started = Date.now();
    const retried = await until('the store to serve again', 201, () =>
      postJson(org(), '/dossiers', open, key),
    );
    measured['store thawed: serving again after'] = Date.now() - started;
    const id = retried.body['id'] as string;
    expect((await dossierIds()).filter((d) => d === id)).toHaveLength(1);
    await waitFor('one created event', async () => (await createdEvents([id]))[id] === 1, {
      timeoutMs: 20_000,
    });
  });

  const natsFaults: [string, <T>(during: () => Promise<T>) => Promise<T>, () => void][] = [
    ['frozen', (during) => frozen('nats', during), () => undefined],
    [
      'killed -9 and started again at its address',
      (during) => {
        process.kill(-pidOf('nats'), 'SIGKILL');
        return during();
      },
      () => restartComponent('nats'),
    ],
  ];
  it.each(natsFaults)(
    'NATS %s: 503 within the RPC timeout, served again by itself, one event per dossier',
    async (fault, inject, recover) => {
      const before = await postJson(org(), '/dossiers', open);
      expect(before.status).toBe(201);
      const { ms, value } = await inject(() => timed(() => api(org(), '/dossiers?pageSize=5')));
      measured[`NATS ${fault}: GET /dossiers`] = ms;
      expectUnavailable(value, ms, LIMITS.RPC_TIMEOUT_MS + 2_000);

      recover();
      const started = Date.now();
      const after = await until('NATS to carry requests again', 201, () =>
        postJson(org(), '/dossiers', open),
      );
      measured[`NATS ${fault}: serving again after`] = Date.now() - started;
      const ids = [before.body['id'] as string, after.body['id'] as string];
      await waitFor(
        'one created event per dossier',
        async () => Object.values(await createdEvents(ids)).every((n) => n === 1),
        { timeoutMs: 20_000 },
      );
    },
  );

  it('MinIO frozen: uploads and downloads 503 within the S3 timeout, nothing half-stored; then both work again', async () => {
    const contextId = await documentContext();
    const stored = await upload(org(), contextId, pdf());
    expect(stored.status).toBe(201);
    const documentId = stored.body['documentId'] as string;

    const { up, down } = await frozen('minio', async () => ({
      up: await timed(() => upload(org(), contextId, pdf())),
      down: await timed(() => api(org(), `/documents/${documentId}/content`)),
    }));
    measured['frozen MinIO: upload'] = up.ms;
    measured['frozen MinIO: download'] = down.ms;
    expectUnavailable(up.value, up.ms, LIMITS.S3_TIMEOUT_MS * 2 + 3_000);
    expectUnavailable(down.value, down.ms, LIMITS.S3_TIMEOUT_MS * 2 + 3_000);
    expect(await documentsIn(contextId)).toEqual([documentId]);

    const again = await until('uploads to work again', 201, () => upload(org(), contextId, pdf()));
    const download = await api(org(), `/documents/${documentId}/content`);
    expect(download.status).toBe(200);
    expect((await documentsIn(contextId)).sort()).toEqual(
      [documentId, again.body['documentId'] as string].sort(),
    );
  });

  it('clamd frozen: the upload fails closed (503) within the scan timeout, never stored unscanned', async () => {
    const contextId = await documentContext();
    const { ms, value } = await frozen('clamd', () => timed(() => upload(org(), contextId, pdf())));
    measured['frozen clamd: upload'] = ms;
    expectUnavailable(value, ms, LIMITS.CLAMD_TIMEOUT_MS + 3_000);
    expect(await documentsIn(contextId)).toEqual([]);
    await waitFor('scans to work again', async () => (await upload(org(), contextId, pdf())).status === 201, {
      timeoutMs: 20_000,
    });
  });

  it('Keycloak frozen longer than the key cache: tokens keep working, readiness stays up', async () => {
    await frozen('keycloak', async () => {
      // Past the refresh age, every call wants fresh keys while Keycloak cannot answer.
      await new Promise((resolve) => setTimeout(resolve, LIMITS.JWKS_REFRESH_AFTER_MS * 3));
      for (let i = 0; i < 3; i++) {
        const { ms, value } = await timed(() => api(org(), '/dossiers?pageSize=1'));
        measured[`frozen Keycloak: GET /dossiers #${i + 1}`] = ms;
        expect(value.status).toBe(200);
        expect(ms).toBeLessThan(3_000);
      }
      const ready = await fetch(`${services()['gateway']?.url}/readyz`);
      expect(ready.status).toBe(200);
    });
  });

  it('a service killed -9: `services.mjs up` restarts it alone, at its address, and the gateway reaches it again', async () => {
    const contextId = await documentContext();
    const alive = STACK.filter((name) => name !== 'document').map(pidOf);
    const documentPid = pidOf('document');
    const port = services()['document']?.port;
    process.kill(documentPid, 'SIGKILL');
    const down = await timed(() => upload(org(), contextId, pdf()));
    measured['killed document service: upload'] = down.ms;
    expectUnavailable(down.value, down.ms, 3_000);

    const restart = await timed(async () => servicesCommand('up', ...STACK));
    measured['services.mjs up after kill -9'] = restart.ms;
    expect(STACK.filter((name) => name !== 'document').map(pidOf)).toEqual(alive);
    expect(pidOf('document')).not.toBe(documentPid);
    expect(services()['document']?.port).toBe(port);
    const stored = await upload(org(), contextId, pdf());
    expect(stored.status).toBe(201);
    expect(await documentsIn(contextId)).toEqual([stored.body['documentId']]);
  });
});
