import {
  HEADERS,
  SYSTEM_PRINCIPAL,
  type RpcRequest,
  type RpcResponse,
  type RpcSubject,
} from '@certhub/contracts';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSONCodec, connect, headers, type NatsConnection } from 'nats';
import { natsAuth, type NatsUser } from '../src/nats';
import { REPO_ROOT, TEST_RUN_DIR, runtimeEnv } from '../src/runtime';

/**
 * Timeouts and caches configured down so that each fault is answered in seconds: the bounds the
 * tests assert are these values plus a margin for a shared two-core machine.
 */
export const LIMITS = {
  RPC_TIMEOUT_MS: 4_000,
  MONGO_TIMEOUT_MS: 1_500,
  S3_TIMEOUT_MS: 1_500,
  CLAMD_TIMEOUT_MS: 1_500,
  INTERNAL_HTTP_TIMEOUT_MS: 8_000,
  JWKS_REFRESH_AFTER_MS: 1_000,
} as const;

/** The services the faults go through (`up` with these names starts and restarts exactly them). */
export const STACK = ['gateway', 'identity', 'dossier', 'document'];

/** `node infra/local/services.mjs <args>` on the fault suite's run dir, with the limits above. */
export function servicesCommand(...args: string[]): void {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'infra/local/services.mjs'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    env: {
      ...process.env,
      CERTHUB_RUN_DIR: TEST_RUN_DIR,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000',
      ...Object.fromEntries(Object.entries(LIMITS).map(([k, v]) => [k, String(v)])),
    },
  });
  if (result.status !== 0)
    throw new Error(`services.mjs ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
}

interface ServiceEntry {
  pid?: number;
  port: number;
  url: string;
}

export const services = (): Record<string, ServiceEntry> =>
  JSON.parse(readFileSync(join(TEST_RUN_DIR, 'services.json'), 'utf8')) as Record<string, ServiceEntry>;

export const gatewayUrl = () => services()['gateway']?.url as string;

/** The process group of a runtime component (nats, ferretdb, minio, clamd, keycloak) or a service. */
export function pidOf(name: string): number {
  const service = services()[name];
  if (service) {
    if (!service.pid) throw new Error(`${name} is not running`);
    return service.pid;
  }
  return Number(readFileSync(join(TEST_RUN_DIR, 'pids', `${name}.pid`), 'utf8').trim());
}

const components = () =>
  JSON.parse(readFileSync(join(TEST_RUN_DIR, 'components.json'), 'utf8')) as Record<
    string,
    { ports: Record<string, number> }
  >;

/** Which store the runtime runs (a mongod on PATH wins over FerretDB). */
export const storeName = (): string => ('mongod' in components() ? 'mongod' : 'ferretdb');

/** Starts a runtime component again at its main port with its data, as after a crash. */
export function restartComponent(name: string): void {
  const port = components()[name]?.ports['port'];
  const result = spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, 'infra/local/runtime.mjs'),
      'component',
      'start',
      name,
      '--port',
      String(port),
      '--run-dir',
      TEST_RUN_DIR,
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  if (result.status !== 0) throw new Error(`restarting ${name} failed: ${result.stderr}`);
}

/**
 * Freezes the whole process group (SIGSTOP: sockets stay open, nothing answers — the hardest
 * outage for a client) while `during` runs, and always thaws it.
 */
export async function frozen<T>(name: string, during: () => Promise<T>): Promise<T> {
  const pid = pidOf(name);
  process.kill(-pid, 'SIGSTOP');
  try {
    return await during();
  } finally {
    process.kill(-pid, 'SIGCONT');
  }
}

/** Milliseconds `call` took, with its result. */
export async function timed<T>(call: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await call();
  return { ms: Date.now() - started, value };
}

/** What each fault was answered in, printed at the end of the run for the record. */
export const measured: Record<string, number> = {};

export interface Answer {
  status: number;
  retryAfter: string | null;
  body: Record<string, unknown>;
}

export async function api(token: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${gatewayUrl()}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { raw: text.length };
  }
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

export const postJson = (token: string, path: string, body: unknown, idempotencyKey?: string) =>
  api(token, path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    },
    body: JSON.stringify(body),
  });

export const upload = (token: string, contextId: string, bytes: Buffer, filename = 'proof.pdf') =>
  api(token, `/documents?${new URLSearchParams({ contextId, filename }).toString()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: bytes,
  });

/** A request/reply as Nest's NATS transport frames it, as the system (what services do between them). */
export async function systemCall<K extends RpcSubject>(
  nc: NatsConnection,
  subject: K,
  payload: RpcRequest<K>,
): Promise<RpcResponse<K>> {
  const codec = JSONCodec();
  const h = headers();
  h.set(HEADERS.principal, JSON.stringify(SYSTEM_PRINCIPAL));
  const reply = await nc.request(
    subject,
    codec.encode({ pattern: subject, data: payload, id: randomUUID() }),
    {
      headers: h,
      timeout: 10_000,
    },
  );
  const body = codec.decode(reply.data) as { err?: unknown; response?: unknown };
  if (body.err) throw new Error(JSON.stringify(body.err));
  return body.response as RpcResponse<K>;
}

/**
 * A connection that rides out the NATS faults, as `user`: `tools` reads the event stream, `gateway`
 * calls services (the only user the bus lets call every one).
 */
export const connectNats = (user: NatsUser = 'tools') => {
  const url = runtimeEnv().NATS_URL;
  const { password } = natsAuth(user, url);
  return connect({
    servers: url,
    user,
    pass: password,
    inboxPrefix: `_INBOX.${user}`,
    reconnectTimeWait: 200,
    maxReconnectAttempts: -1,
  });
};
