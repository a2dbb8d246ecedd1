import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { natsServiceEnv, type NatsUser } from './nats';
import { freePort } from './ports';
import { REPO_ROOT, runtimeEnv } from './runtime';
import { waitFor } from './wait';

export interface ServiceProcess {
  name: string;
  url: string;
  process: ChildProcess;
  output: () => string;
  readiness: () => Promise<{ status: number; body: unknown }>;
  /** SIGTERM and wait for exit (graceful shutdown). */
  stop: () => Promise<number | null>;
}

/**
 * Runs a built service as its own OS process against the test runtime, exactly as in production
 * (`node dist/services/<name>/src/main.js`), and waits until /readyz answers 200. It connects to
 * NATS (the runtime's, or the private one `env.NATS_URL` names) as its own NATS user.
 */
export async function startService(
  name: string,
  env: Record<string, string> = {},
  {
    waitReady = true,
    timeoutMs = 90_000,
    port: chosenPort,
  }: { waitReady?: boolean; timeoutMs?: number; port?: number } = {},
): Promise<ServiceProcess> {
  const entry = join(REPO_ROOT, 'dist', 'services', name, 'src', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build" first`);
  const port = chosenPort ?? (await freePort());
  const runtime = runtimeEnv();
  const child = spawn(process.execPath, ['--enable-source-maps', entry], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      TZ: 'UTC',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      ...runtime,
      ...natsServiceEnv(name as NatsUser, env['NATS_URL'] ?? runtime.NATS_URL),
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      SHUTDOWN_GRACE_MS: '5000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = `http://127.0.0.1:${port}`;
  const readiness = async () => {
    const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3_000) });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const handle: ServiceProcess = {
    name,
    url,
    process: child,
    output: () => output,
    readiness,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  if (waitReady) {
    try {
      await waitFor(
        `${name} to be ready`,
        async () => {
          if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
          return (await readiness()).status === 200;
        },
        { timeoutMs, intervalMs: 200 },
      );
    } catch (error) {
      await handle.stop();
      throw new Error(`${String(error)}\n--- ${name} output ---\n${output}`);
    }
  }
  return handle;
}
