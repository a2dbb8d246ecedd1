import { Inject, Injectable, Logger } from '@nestjs/common';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { DomainError, RpcClient, SERVICE_CONFIG } from '@certhub/platform';
import type { GatewayConfig } from '../config';

/** Enough for every user active within a few seconds; the oldest entries go first past it. */
const MAX_ENTRIES = 50_000;
/** Identity answers this in a few ms; a slower answer is treated like an absent identity. */
const CHECK_TIMEOUT_MS = 1_000;

/**
 * Whether a token's user is still enabled: a valid access token outlives its user's deactivation
 * by its whole lifetime, so each request asks identity, with the answer cached for
 * USER_STATE_CACHE_MS (seconds, not minutes). Concurrent requests of one user share one question.
 * When identity does not answer, the last known state stands (or "active" for a user never seen):
 * an identity outage must not sign everybody out, and deactivation is also enforced by Keycloak,
 * which issues no new token.
 */
@Injectable()
export class ActiveUsers {
  private readonly logger = new Logger(ActiveUsers.name);
  private readonly known = new Map<string, { active: boolean; until: number }>();
  private readonly asking = new Map<string, Promise<boolean>>();
  private readonly ttlMs: number;

  constructor(
    private readonly rpc: RpcClient,
    @Inject(SERVICE_CONFIG) config: GatewayConfig,
  ) {
    this.ttlMs = config.USER_STATE_CACHE_MS;
  }

  async requireActive(userId: string): Promise<void> {
    if (!(await this.isActive(userId)))
      throw new DomainError('unauthenticated', 'this account has been deactivated');
  }

  private isActive(userId: string): Promise<boolean> {
    const cached = this.known.get(userId);
    if (cached && cached.until > Date.now()) return Promise.resolve(cached.active);
    let pending = this.asking.get(userId);
    if (!pending) {
      pending = this.ask(userId, cached?.active ?? true).finally(() => this.asking.delete(userId));
      this.asking.set(userId, pending);
    }
    return pending;
  }

  private async ask(userId: string, fallback: boolean): Promise<boolean> {
    let active = fallback;
    try {
      ({ active } = await this.rpc.call(
        'identity.users.access',
        { userId },
        { principal: SYSTEM_PRINCIPAL, timeoutMs: CHECK_TIMEOUT_MS },
      ));
    } catch (error) {
      this.logger.warn(`user state unknown, keeping the last known one: ${String(error)}`);
    }
    this.known.delete(userId);
    this.known.set(userId, { active, until: Date.now() + this.ttlMs });
    if (this.known.size > MAX_ENTRIES) this.known.delete(this.known.keys().next().value as string);
    return active;
  }
}
