import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RpcCatalog, type Principal } from '@certhub/contracts';
import {
  REPO_ROOT,
  RpcTestClient,
  TestStack,
  connectNats,
  natsAuth,
  uniqueId,
  type NatsUser,
} from '@certhub/testing';
import { connect } from 'nats';

const analyst: Principal = { userId: 'u-analyst', tenantType: 'cb', tenantId: 'cb-demo', roles: ['analyst'] };
const forgedAdmin: Principal = {
  userId: 'u-forged',
  tenantType: 'platform',
  tenantId: 'platform',
  roles: ['platform_admin'],
};

/** What infra/nats/permissions.mjs declares (it is an ES module: read through node). */
function permissionTable(): {
  rpcServices: string[];
  users: Record<string, { calls?: string[] }>;
  rendered: string;
} {
  const script = `import * as m from './infra/nats/permissions.mjs';
    process.stdout.write(JSON.stringify({ rpcServices: m.RPC_SERVICES, users: m.USERS, rendered: m.renderAuthConf() }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as ReturnType<typeof permissionTable>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('NATS permission table', () => {
  const table = permissionTable();

  it('names the owner of every request subject of the catalogue', () => {
    const owners = new Set(Object.keys(RpcCatalog).map((subject) => subject.split('.')[0]));
    expect([...owners].filter((owner) => !table.rpcServices.includes(owner!))).toEqual([]);
  });

  it('declares every request subject a service calls', () => {
    const undeclared = Object.entries(table.users)
      .filter(([user]) => user !== 'gateway')
      .flatMap(([user, spec]) =>
        sourceFiles(join(REPO_ROOT, 'services', user, 'src')).flatMap((file) =>
          [...readFileSync(file, 'utf8').matchAll(/\.call\(\s*'([a-z]+\.[a-z.-]+)'/g)]
            .map((m) => m[1]!)
            .filter((subject) => !(spec.calls ?? []).includes(subject))
            .map((subject) => `${user} calls ${subject}`),
        ),
      );
    expect(undeclared).toEqual([]);
  });

  it('is what infra/nats/auth.conf (used by docker-compose and Kubernetes) says', () => {
    expect(readFileSync(join(REPO_ROOT, 'infra/nats/auth.conf'), 'utf8')).toBe(table.rendered);
  });
});

describe('NATS authorisation (real nats-server, real dossier service)', () => {
  let stack: TestStack;
  let gateway: RpcTestClient;
  const opened: RpcTestClient[] = [];
  const as = async (user: NatsUser) => {
    const client = await RpcTestClient.connect(stack.nats.url, { user, timeoutMs: 5_000 });
    opened.push(client);
    return client;
  };

  beforeAll(async () => {
    stack = await TestStack.start(['dossier']);
    gateway = await as('gateway');
  }, 120_000);

  afterAll(async () => {
    await Promise.all(opened.map((client) => client.close()));
    await stack?.stop();
  });

  it('lets the gateway call dossier.*, and the dossier service answer under its own user', async () => {
    const schemes = await gateway.call('dossier.schemes.list', {}, analyst);
    expect(schemes.items.length).toBeGreaterThan(0);
  });

  it('refuses a connection without credentials or with a wrong password', async () => {
    await expect(connect({ servers: stack.nats.url })).rejects.toMatchObject({
      code: 'AUTHORIZATION_VIOLATION',
    });
    await expect(
      connect({
        servers: stack.nats.url,
        user: 'gateway',
        pass: `${natsAuth('gateway', stack.nats.url).password}x`,
      }),
    ).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
  });

  it.each<NatsUser>(['tools', 'notification', 'identity', 'partner'])(
    'refuses dossier.* requests from the %s user, whatever principal they carry',
    async (user) => {
      const client = await as(user);
      await expect(
        client.call('dossier.dossiers.get', { dossierId: uniqueId('d') }, forgedAdmin),
      ).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    },
  );

  it('lets a service call what it declared and nothing else', async () => {
    const dossier = await as('dossier');
    // Allowed by the bus; no identity service runs in this stack, so nobody answers.
    await expect(dossier.send('identity.users.get', { userId: 'u-1' }, analyst)).rejects.toMatchObject({
      code: '503',
    });
    await expect(dossier.send('identity.registrations.create', {}, analyst)).rejects.toMatchObject({
      code: 'PERMISSIONS_VIOLATION',
    });
  });

  it('keeps a service from answering in place of another, or publishing its events', async () => {
    const nc = await connectNats(stack.nats.url, 'identity');
    try {
      const refused = new Promise<Error | null>((resolve) =>
        nc.subscribe('dossier.>', { callback: (error) => resolve(error) }),
      );
      expect(await refused).toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
      await expect(
        nc.jetstream().publish('evt.dossier.dossier.created', new Uint8Array(), { timeout: 5_000 }),
      ).rejects.toMatchObject({ code: 'PERMISSIONS_VIOLATION' });
    } finally {
      await nc.close();
    }
  });
});
