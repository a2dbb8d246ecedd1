import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { registerNatsCredentials } from '@certhub/testing';
import mongoose from 'mongoose';
import { ROOT, startBuiltService, type BuiltService } from '../shared/built-service';

/** Local dev default of the realm's demo users (infra/keycloak/certhub-realm.json). */
export const DEMO_PASSWORD = 'Certhub-dev-2026';

type ComponentName = 'nats' | 'mongo' | 'keycloak';

/**
 * A private NATS, MongoDB-compatible server and Keycloak for the run, started by the local
 * runtime's own code (`runtime.mjs component start …`, installed into its cache on first use), so
 * the bench needs no running stack and never touches the shared test runtime.
 */
export class Components {
  private constructor(
    readonly runDir: string,
    readonly natsUrl: string,
    readonly mongoUrl: string,
    readonly keycloakUrl: string,
  ) {}

  /** `mongoDataDir` keeps the database between runs (generate once, measure many times). */
  static async start(mongoDataDir?: string): Promise<Components> {
    const runDir = mkdtempSync(join(tmpdir(), 'certhub-bench-dossiers-'));
    const started = Date.now();
    // MONGO_URL: measure against a database of your own (a real MongoDB) instead of the runtime's.
    const external = process.env['MONGO_URL'];
    const settled = await Promise.allSettled([
      component(runDir, ['start', 'nats']),
      external
        ? Promise.resolve(external)
        : component(runDir, [
            'start',
            'mongo',
            ...(mongoDataDir ? ['--data-dir', resolve(mongoDataDir)] : []),
          ]),
      component(runDir, ['start', 'keycloak']),
    ]);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      await stopAll(runDir);
      throw failed.reason;
    }
    const [nats, mongo, keycloak] = settled.map((s) => (s as PromiseFulfilledResult<string>).value) as [
      string,
      string,
      string,
    ];
    process.stdout.write(`components ready in ${((Date.now() - started) / 1000).toFixed(0)} s (${runDir})\n`);
    registerNatsCredentials(nats, join(runDir, 'nats', 'credentials.json'));
    return new Components(runDir, nats, mongo, keycloak);
  }

  async stop(): Promise<void> {
    await stopAll(this.runDir);
    rmSync(this.runDir, { recursive: true, force: true });
  }
}

async function stopAll(runDir: string): Promise<void> {
  const names: ComponentName[] = ['nats', 'mongo', 'keycloak'];
  await Promise.allSettled(names.map((name) => component(runDir, ['stop', name])));
}

/** Runs `runtime.mjs component …` and resolves to the last line it prints (the component's URL). */
function component(runDir: string, args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'infra/local/runtime.mjs'), 'component', ...args, '--run-dir', runDir],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), 300_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(out.trim().split('\n').pop() ?? '');
      else reject(new Error(`component ${args.join(' ')}: ${err || out}`));
    });
  });
}

/** A real access token from Keycloak, through the dev-only password-grant client (as libs/testing's passwordToken). */
export async function passwordToken(keycloakUrl: string, username: string): Promise<string> {
  const res = await fetch(`${keycloakUrl}/realms/certhub/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'certhub-dev-cli',
      username,
      password: DEMO_PASSWORD,
      scope: 'openid',
    }),
  });
  const body = (await res.json()) as { access_token?: string; error_description?: string };
  if (!res.ok || !body.access_token)
    throw new Error(`token for ${username}: ${res.status} ${body.error_description ?? ''}`);
  return body.access_token;
}

/** The `sub` of a token: the user id services put in auditorIds, analystId, trail entries. */
export function subjectOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    sub?: string;
  };
  if (!payload.sub) throw new Error('token without sub');
  return payload.sub;
}

/** Demo users (realm export) and their real tokens; tokens live 5 minutes, so they are refreshed per row. */
export class Users {
  private readonly tokens = new Map<string, { token: string; at: number }>();

  constructor(private readonly keycloakUrl: string) {}

  async token(username: string): Promise<string> {
    const cached = this.tokens.get(username);
    if (cached && Date.now() - cached.at < 120_000) return cached.token;
    const token = await passwordToken(this.keycloakUrl, username);
    this.tokens.set(username, { token, at: Date.now() });
    return token;
  }

  async userId(username: string): Promise<string> {
    return subjectOf(await this.token(username));
  }
}

/** Which service's database the bench fills and which built services it starts. */
export interface StackShape {
  /** The service whose database the bench connects to (`<prefix>_<service>`). */
  database: string;
  /** Started in this order's parallel batch; the gateway among them. */
  services: string[];
}

const DOSSIER_STACK: StackShape = { database: 'dossier', services: ['identity', 'dossier', 'gateway'] };

/**
 * What the dossier, load and candidacy benches run on: the private components, a connection to
 * the measured service's database, and the built services with the gateway; stopped together,
 * also on Ctrl-C.
 */
export class BenchStack {
  readonly services: BuiltService[] = [];
  readonly users: Users;

  private constructor(
    readonly components: Components,
    readonly connection: mongoose.Connection,
    readonly dbPrefix: string,
    private readonly shape: StackShape,
  ) {
    this.users = new Users(components.keycloakUrl);
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => void this.stop().finally(() => process.exit(130)));
  }

  static async start(dbPrefix: string, mongoDataDir?: string, shape = DOSSIER_STACK): Promise<BenchStack> {
    const components = await Components.start(mongoDataDir);
    const connection = mongoose.createConnection(components.mongoUrl, {
      dbName: `${dbPrefix}_${shape.database}`,
    });
    return new BenchStack(components, connection, dbPrefix, shape);
  }

  get dbName(): string {
    return `${this.dbPrefix}_${this.shape.database}`;
  }

  /** Starts the shape's services on the components; resolves to the gateway's URL. */
  async startServices(): Promise<string> {
    const { components } = this;
    const env = {
      NATS_URL: components.natsUrl,
      MONGO_URL: components.mongoUrl,
      MONGO_DB_PREFIX: this.dbPrefix,
      KEYCLOAK_URL: components.keycloakUrl,
      KEYCLOAK_REALM: 'certhub',
      // The benches call faster than a person: the per-user rate limit would answer 429.
      RATE_LIMIT_PER_MINUTE: '1000000',
    };
    const t0 = Date.now();
    const logs = join(components.runDir, 'logs');
    mkdirSync(logs, { recursive: true });
    const started = await Promise.allSettled(
      this.shape.services.map((s) => startBuiltService(s, env, { logFile: join(logs, `svc-${s}.log`) })),
    );
    started.forEach((s) => s.status === 'fulfilled' && this.services.push(s.value));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    process.stdout.write(`services ready in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    return (this.services.find((s) => s.name === 'gateway') as BuiltService).url;
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.services.map((s) => s.stop()));
    await this.connection.close().catch(() => undefined);
    await this.components.stop();
  }
}

/** The data set options both benches take (parseArgs): size, seed, and where to keep the database. */
export const DATA_OPTIONS = {
  dossiers: { type: 'string', default: '2000' },
  findings: { type: 'string', default: '10000' },
  cbs: { type: 'string', default: '5' },
  seed: { type: 'string', default: '20261126' },
  'data-dir': { type: 'string' },
  'no-generate': { type: 'boolean', default: false },
} as const;
