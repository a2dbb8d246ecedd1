import { readFileSync } from 'node:fs';
import { connect, type NatsConnection } from 'nats';
import { runtimeEnv } from './runtime';

/**
 * The NATS users of a local runtime (infra/nats/permissions.mjs): one per service, and `tools`
 * for tests that seed or read streams. Request subjects are called as the gateway.
 */
export type NatsUser =
  | 'gateway'
  | 'identity'
  | 'dossier'
  | 'document'
  | 'notification'
  | 'certificate'
  | 'analytics'
  | 'partner'
  | 'complaints'
  | 'candidacy'
  | 'tools';

/** Credentials files of the private NATS servers started in this process, by URL. */
const privateServers = new Map<string, string>();

export function registerNatsCredentials(url: string, credentialsFile: string): void {
  privateServers.set(url, credentialsFile);
}

/** The credentials file (user → password) of the NATS server at `url`: a private one, else the run's. */
export function natsCredentialsFile(url: string = runtimeEnv().NATS_URL): string {
  const known = privateServers.get(url);
  if (known) return known;
  const runtime = runtimeEnv();
  if (url === runtime.NATS_URL && runtime.NATS_CREDENTIALS) return runtime.NATS_CREDENTIALS;
  throw new Error(`no NATS credentials known for ${url}: start it through PrivateComponent or the runtime`);
}

/** The user and password a client of the NATS server at `url` connects with. */
export function natsAuth(user: NatsUser, url?: string): { user: string; password: string } {
  const file = natsCredentialsFile(url);
  const password = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[user];
  if (!password) throw new Error(`${file} has no NATS user "${user}"`);
  return { user, password };
}

/** What a service process needs to connect as its own user. */
export function natsServiceEnv(user: NatsUser, url?: string): { NATS_USER: string; NATS_PASSWORD: string } {
  const { password } = natsAuth(user, url);
  return { NATS_USER: user, NATS_PASSWORD: password };
}

/**
 * A nats.js connection as `user` (by default `tools`, which may seed and read streams but not call
 * services). Its replies come to `_INBOX.<user>`, the only inbox the bus lets that user read.
 */
export function connectNats(
  url: string = runtimeEnv().NATS_URL,
  user: NatsUser = 'tools',
): Promise<NatsConnection> {
  const { password } = natsAuth(user, url);
  return connect({ servers: url, user, pass: password, inboxPrefix: `_INBOX.${user}` });
}
