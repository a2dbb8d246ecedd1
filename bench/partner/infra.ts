import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerNatsCredentials } from '@certhub/testing';
import mongoose from 'mongoose';
import { ROOT } from '../shared/built-service';

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
