import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerNatsCredentials } from './nats';
import { freePort } from './ports';
import { REPO_ROOT } from './runtime';

export type ComponentName = 'nats' | 'mongo' | 'minio' | 'clamd';

const START_ATTEMPTS = 3;

/**
 * A private NATS, MongoDB-compatible server, MinIO or clamd for one test, started by the runtime's own code on a
 * fixed port, so the test can kill it and start it again at the same address with the same data.
 */
export class PrivateComponent {
  private constructor(
    readonly name: ComponentName,
    readonly port: number,
    readonly runDir: string,
    readonly url: string,
  ) {}

  static async start(name: ComponentName): Promise<PrivateComponent> {
    // A port free when asked may be taken by another test's process before the server binds it
    // (CI saw NATS exit on "address already in use"): a fresh port and run dir, a few times.
    for (let attempt = 1; ; attempt += 1) {
      const runDir = mkdtempSync(join(tmpdir(), `certhub-${name}-`));
      const port = await freePort();
      try {
        const url = runComponent(['start', name, '--port', String(port), '--run-dir', runDir]);
        // Services and clients of this server find its users' passwords by its URL.
        if (name === 'nats') registerNatsCredentials(url, join(runDir, 'nats', 'credentials.json'));
        return new PrivateComponent(name, port, runDir, url);
      } catch (error) {
        if (attempt >= START_ATTEMPTS) throw error;
        // Whatever of it did start (a database behind its front) must not hold on to the machine.
        try {
          runComponent(['stop', name, '--run-dir', runDir]);
        } catch {
          // nothing was left running
        }
      }
    }
  }

  stop(): void {
    runComponent(['stop', this.name, '--run-dir', this.runDir]);
  }

  restart(): void {
    runComponent(['start', this.name, '--port', String(this.port), '--run-dir', this.runDir]);
  }
}

function runComponent(args: string[]): string {
  const result = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'infra/local/runtime.mjs'), 'component', ...args],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (result.status !== 0)
    throw new Error(`runtime component ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  return result.stdout.trim().split('\n').pop() ?? '';
}
