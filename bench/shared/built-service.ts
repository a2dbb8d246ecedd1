import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, natsServiceEnv, type NatsUser } from '@certhub/testing';

/** Compiled to dist/bench/shared: the repository is three levels up. */
export const ROOT = resolve(__dirname, '../../..');

/** Shared by the gateway and the services it streams files from, for this bench run only. */
const INTERNAL_TOKEN_SECRET = randomBytes(32).toString('base64url');

export interface BuiltService {
  name: string;
  url: string;
  pid: number;
  /** SIGTERM, then SIGKILL if it has not exited within 15 s. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The route that says it is up: /readyz, or /healthz for a bench that leaves out a dependency on purpose. */
  probe?: '/readyz' | '/healthz';
  timeoutMs?: number;
  /** Where its output goes (shown when it fails to start); else it shares the bench's own. */
  logFile?: string;
}

/**
 * A built service as its own process (`node dist/services/<name>/src/main.js`), as in production
 * and as libs/testing's startService does, on the bench's components (`env`), once its probe
 * answers 200. It connects to NATS as its own NATS user.
 */
export async function startBuiltService(
  name: string,
  env: Record<string, string>,
  { probe = '/readyz', timeoutMs = 180_000, logFile }: StartOptions = {},
): Promise<BuiltService> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', join(ROOT, 'dist/services', name, 'src/main.js')],
    {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        TZ: 'UTC',
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        HTTP_PORT: String(port),
        HTTP_HOST: '127.0.0.1',
        SHUTDOWN_GRACE_MS: '5000',
        INTERNAL_TOKEN_SECRET,
        ...(env['NATS_URL'] ? natsServiceEnv(name as NatsUser, env['NATS_URL']) : {}),
        ...env,
      },
      stdio: ['ignore', logFile ? 'pipe' : 'inherit', logFile ? 'pipe' : 'inherit'],
    },
  );
  if (logFile) {
    const out = createWriteStream(logFile);
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
  }
  const url = `http://127.0.0.1:${port}`;
  const service: BuiltService = {
    name,
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    const up = await fetch(`${url}${probe}`, { signal: AbortSignal.timeout(3_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return service;
    await sleep(250);
  }
  await service.stop();
  const why = child.exitCode === null ? `did not answer ${probe} in time` : `exited with ${child.exitCode}`;
  const tail = logFile
    ? `(see ${logFile}):\n${readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')}`
    : '';
  throw new Error(`${name} ${why} ${tail}`);
}
