import { passwordToken } from './keycloak';
import { qualifyAuditors } from './qualifications';

export interface GatewayAnswer {
  status: number;
  type: string | null;
  // JSON of any route: each assertion says what it expects of it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A token this close to its expiry is renewed before a call, so that no call carries an expired one. */
const RENEW_BEFORE_S = 60;

/** The `exp` (seconds) of a JWT access token. */
const expiryOf = (token: string): number =>
  (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { exp: number }).exp;

/**
 * The gateway's /api/v1 as the realm's demo users (`analyst` signs in as analyst@certhub.local).
 * Tokens are signed in again as they near expiry: a long suite (the demo dossiers, over five
 * minutes on a busy machine) outlives the realm's access-token lifespan.
 */
export class GatewayClient {
  private constructor(
    private readonly base: string,
    private readonly tokens: Map<string, string>,
  ) {}

  static async signIn(gatewayUrl: string, users: readonly string[]): Promise<GatewayClient> {
    const tokens = new Map<string, string>();
    for (const who of users) tokens.set(who, await passwordToken(`${who}@certhub.local`));
    return new GatewayClient(`${gatewayUrl}/api/v1`, tokens);
  }

  /** `who`'s access token, signed in again when it nears expiry. */
  private async token(who: string): Promise<string> {
    let token = this.tokens.get(who);
    if (!token) throw new Error(`${who} did not sign in: name them in GatewayClient.signIn`);
    if (expiryOf(token) - Date.now() / 1000 < RENEW_BEFORE_S) {
      token = await passwordToken(`${who}@certhub.local`);
      this.tokens.set(who, token);
    }
    return token;
  }

  /** `who` null: an anonymous call (public routes). */
  async api(who: string | null, method: string, path: string, body?: unknown): Promise<GatewayAnswer> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(who === null ? {} : { authorization: `Bearer ${await this.token(who)}` }),
        'content-type': 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : {} };
  }

  /** A call that must succeed: the problem body is in the failure message when it does not. */
  async ok(who: string | null, method: string, path: string, body?: unknown): Promise<GatewayAnswer['body']> {
    const res = await this.api(who, method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** A file route (a PDF, a workbook, up or down; `type` the body's media type), answered as bytes. */
  async file(
    who: string,
    method: string,
    path: string,
    body?: { bytes: Buffer; type: string },
  ): Promise<{ status: number; type: string | null; bytes: Buffer }> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await this.token(who)}`,
        ...(body ? { 'content-type': body.type } : {}),
      },
      ...(body ? { body: new Uint8Array(body.bytes) } : {}),
    });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      bytes: Buffer.from(await res.arrayBuffer()),
    };
  }

  /**
   * Uploads a small PDF into a document context and answers its id (the report of an audit…); a
   * context takes each content once, so several uploads into one context give their own `content`.
   */
  async upload(
    who: string,
    contextId: string,
    filename = 'rapport.pdf',
    content: string | Buffer = '%PDF-1.7\nrapport',
  ): Promise<string> {
    const res = await fetch(
      `${this.base}/documents?contextId=${encodeURIComponent(contextId)}&filename=${encodeURIComponent(filename)}`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await this.token(who)}`,
          'content-type': 'application/octet-stream',
        },
        body: new Uint8Array(typeof content === 'string' ? Buffer.from(content) : content),
      },
    );
    if (res.status !== 201) throw new Error(`upload into ${contextId} → ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { documentId: string }).documentId;
  }

  /** Qualifies signed-in auditors for the seeded schemes, as `cb.admin` (who must be signed in too). */
  async qualify(...auditors: string[]): Promise<void> {
    const ids = await Promise.all(auditors.map((who) => this.userId(who)));
    await qualifyAuditors(this.base.replace(/\/api\/v1$/, ''), await this.token('cb.admin'), ids);
  }

  /** A GET answered with bytes (an export, a PDF) as `who`: the raw response. */
  async download(who: string, path: string): Promise<Response> {
    return fetch(`${this.base}${path}`, { headers: { authorization: `Bearer ${await this.token(who)}` } });
  }

  /** The signed-in user's id. */
  async userId(who: string): Promise<string> {
    return ((await this.ok(who, 'GET', '/me')) as { userId: string }).userId;
  }
}
