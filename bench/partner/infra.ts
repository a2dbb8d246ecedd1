import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, natsServiceEnv, registerNatsCredentials } from '@certhub/testing';
import mongoose from 'mongoose';

/** Compiled to dist/bench/partner: the repository is three levels up. */
export const ROOT = resolve(__dirname, '../../..');

/**
 * A private NATS (JetStream) and MongoDB-compatible server for the run, started by the local
 * runtime's own code (installed into its cache on first use), so the bench needs no running stack.
 */
export class Components {
  private constructor(
    private readonly runDir: string,
    readonly natsUrl: string,
    readonly mongoUrl: string,
    private readonly privateMongo: boolean,
  ) {}

  /** `mongoUrl`: a store to measure instead of the private one (as MONGO_URL does for the runtime). */
  static start(mongoUrl?: string): Components {
    const runDir = mkdtempSync(join(tmpdir(), 'certhub-bench-'));
    const natsUrl = component(runDir, 'start', 'nats');
    registerNatsCredentials(natsUrl, join(runDir, 'nats', 'credentials.json'));
    if (mongoUrl) return new Components(runDir, natsUrl, mongoUrl, false);
    return new Components(runDir, natsUrl, component(runDir, 'start', 'mongo'), true);
  }

  /** FerretDB (the local runtime's MongoDB-wire server, and its backend) or a real mongod: it weighs on the figures. */
  async databaseKind(): Promise<string> {
    const connection = await mongoose.createConnection(this.mongoUrl).asPromise();
    try {
      const info = (await connection.db?.admin().command({ buildInfo: 1 })) as {
        version?: string;
        ferretdbVersion?: string;
      };
      if (!info.ferretdbVersion) return `MongoDB ${info.version ?? '?'}`;
      // FerretDB does not say which backend it runs on; the runtime's own cluster leaves PG_VERSION here.
      const postgres = readdirSync(this.runDir, { recursive: true }).some((f) =>
        String(f).endsWith('PG_VERSION'),
      );
      return `FerretDB ${info.ferretdbVersion} (${postgres ? 'PostgreSQL, patched' : 'external: see MONGO_URL'})`;
    } finally {
      await connection.close();
    }
  }

  stop(): void {
    component(this.runDir, 'stop', 'nats');
    if (this.privateMongo) component(this.runDir, 'stop', 'mongo');
    rmSync(this.runDir, { recursive: true, force: true });
  }
}

function component(runDir: string, action: 'start' | 'stop', name: string): string {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'infra/local/runtime.mjs'), 'component', action, name, '--run-dir', runDir],
    { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
  );
  if (result.status !== 0) throw new Error(`${action} ${name}: ${result.stderr || result.stdout}`);
  return result.stdout.trim().split('\n').pop() ?? '';
}

/** The built partner service as its own process, as in production. */
export async function startPartnerService(
  env: Record<string, string>,
): Promise<ChildProcess & { url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist/services/partner/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      ...(env['NATS_URL'] ? natsServiceEnv('partner', env['NATS_URL']) : {}),
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Liveness, not readiness: the bench runs without Keycloak, which only partner creation needs.
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the partner service exited with ${child.exitCode}`);
    const alive = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (alive) return Object.assign(child, { url });
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error('the partner service did not come up');
}
