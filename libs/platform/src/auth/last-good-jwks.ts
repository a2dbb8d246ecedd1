import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { DomainError } from '../errors/domain-error';

export interface LastGoodJwksOptions {
  /** Keys older than this are fetched again, in the background; the old ones keep verifying meanwhile. */
  refreshAfterMs?: number;
  /** At most one fetch per this interval for an unknown key id (a stream of forged kids costs one fetch). */
  cooldownMs?: number;
  fetchTimeoutMs?: number;
  now?: () => number;
}

/**
 * A JWKS for `jwtVerify` that keeps verifying with the last keys it fetched while the identity
 * provider is unreachable: an IdP outage must not log everybody out. Keys are refreshed in the
 * background when old, and at once for a key id it does not know (a key rotation), at most once
 * per cooldown. A token whose key is unknown while the IdP cannot be reached is answered 503, not
 * 401: nothing says the token is bad.
 */
export class LastGoodJwks {
  private keys?: { set: JWTVerifyGetKey; fetchedAt: number };
  private inflight?: Promise<void>;
  private lastAttempt = 0;
  private readonly refreshAfterMs: number;
  private readonly cooldownMs: number;
  private readonly fetchTimeoutMs: number;
  private readonly now: () => number;

  constructor(
    private readonly url: URL,
    options: LastGoodJwksOptions = {},
  ) {
    this.refreshAfterMs = options.refreshAfterMs ?? 10 * 60_000;
    this.cooldownMs = options.cooldownMs ?? 30_000;
    this.fetchTimeoutMs = options.fetchTimeoutMs ?? 3_000;
    this.now = options.now ?? Date.now;
  }

  /** The key getter to hand to `jwtVerify`. */
  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    if (!this.keys) await this.refresh(true);
    else if (this.now() - this.keys.fetchedAt > this.refreshAfterMs)
      void this.refresh(false).catch(() => undefined);
    try {
      return await this.current().set(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      // Perhaps a rotation: fetch once (within the cooldown) and try again.
      if (this.now() - this.lastAttempt < this.cooldownMs) throw error;
      await this.refresh(true);
      return this.current().set(header, token);
    }
  };

  private current() {
    if (!this.keys) throw unavailable();
    return this.keys;
  }

  /** One fetch at a time; `required` rethrows a failure as 503 (no keys to fall back on, or an unknown kid). */
  private async refresh(required: boolean): Promise<void> {
    this.inflight ??= this.fetchKeys().finally(() => (this.inflight = undefined));
    try {
      await this.inflight;
    } catch (error) {
      if (required) throw unavailable(error);
    }
  }

  private async fetchKeys(): Promise<void> {
    this.lastAttempt = this.now();
    const res = await fetch(this.url, { signal: AbortSignal.timeout(this.fetchTimeoutMs) });
    if (!res.ok) throw new Error(`JWKS answered ${res.status}`);
    const jwks = (await res.json()) as JSONWebKeySet;
    if (!Array.isArray(jwks.keys)) throw new Error('JWKS without keys');
    this.keys = { set: createLocalJWKSet(jwks), fetchedAt: this.now() };
  }
}

const unavailable = (cause?: unknown) =>
  Object.assign(
    new DomainError('dependency_unavailable', 'the identity provider is unavailable: try again in a moment'),
    { cause },
  );
