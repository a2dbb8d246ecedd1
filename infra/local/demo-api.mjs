// The demo seeders' client of the gateway's public API: the demo users' real tokens (password grant
// of the realm's dev CLI client, local dev default password), JSON calls and small file uploads.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { URLSearchParams, fileURLToPath } from 'node:url';

const PASSWORD = 'Certhub-dev-2026';

const claimsOf = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
const expiryOf = (token) => claimsOf(token).exp;

export class DemoApi {
  constructor(gateway, keycloak) {
    this.base = `${gateway}/api/v1`;
    this.keycloak = keycloak;
    this.tokens = {};
  }

  // A token this close to its expiry (seconds) is renewed first: seeding every demo dossier can
  // outlast the realm's five-minute access tokens on a busy machine.
  static RENEW_BEFORE_S = 60;

  async token(who) {
    const held = this.tokens[who];
    if (held && expiryOf(held) - Date.now() / 1000 > DemoApi.RENEW_BEFORE_S) return held;
    const res = await fetch(`${this.keycloak}/realms/certhub/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'certhub-dev-cli',
        username: `${who}@certhub.local`,
        password: PASSWORD,
      }),
    });
    if (!res.ok) throw new Error(`sign-in of ${who}@certhub.local → ${res.status}: ${await res.text()}`);
    const { access_token } = await res.json();
    this.tokens[who] = access_token;
    return access_token;
  }

  async userId(who) {
    return claimsOf(await this.token(who)).sub;
  }

  async call(who, method, path, body) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.token(who)}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${who} ${method} ${path} → ${res.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  /** A small PDF into an upload context, as the portal sends a file; its document id. */
  async upload(who, contextId, title) {
    const query = new URLSearchParams({ contextId, filename: `${title}.pdf` });
    const res = await fetch(`${this.base}/documents?${query}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await this.token(who)}`,
        'content-type': 'application/octet-stream',
      },
      body: Buffer.from(`%PDF-1.7\n% ${title} — ${contextId} ${Date.now()}\n`),
    });
    const text = await res.text();
    if (res.status !== 201) throw new Error(`${who} upload into ${contextId} → ${res.status}: ${text}`);
    return JSON.parse(text).documentId;
  }

  async download(who, path) {
    const res = await fetch(`${this.base}${path}`, {
      headers: { authorization: `Bearer ${await this.token(who)}` },
    });
    if (!res.ok) throw new Error(`${who} GET ${path} → ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }
}

/**
 * Runs a seeder when its file is the one node was started with (`node infra/local/demo-….mjs`): against
 * the gateway and Keycloak of the run dir (CERTHUB_RUN_DIR, `.run/local` by default), exiting 1 with its
 * name and the reason when there is no runtime or the seeding fails.
 */
export async function runSeederScript(moduleUrl, name, seed) {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const runDir = resolve(process.env.CERTHUB_RUN_DIR ?? join(root, '.run', 'local'));
  const services = join(runDir, 'services.json');
  const runtime = join(runDir, 'runtime.json');
  if (!existsSync(services) || !existsSync(runtime)) {
    console.error(`${name}: no services in ${runDir}: run "./certhub up" first`);
    process.exit(1);
  }
  try {
    await seed({
      gateway: JSON.parse(readFileSync(services, 'utf8')).gateway.url,
      keycloak: JSON.parse(readFileSync(runtime, 'utf8')).KEYCLOAK_URL,
    });
  } catch (error) {
    console.error(`${name}: ${error.message}`);
    process.exit(1);
  }
}
