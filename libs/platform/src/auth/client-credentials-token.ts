import { DomainError } from '../errors/domain-error';
import { z } from 'zod';

const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
});

export interface ClientCredentials {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
}

/**
 * A service's own access token for Keycloak's admin API (client-credentials grant). Keycloak
 * issues no refresh token for this grant, so the token is fetched again once 80 % of its lifetime
 * has passed: no admin call leaves with a token that would expire on the way. Concurrent callers
 * share one fetch.
 */
export class ClientCredentialsToken {
  private current?: { value: string; renewAt: number };
  private pending?: Promise<string>;

  constructor(private readonly credentials: ClientCredentials) {}

  async get(): Promise<string> {
    if (this.current && Date.now() < this.current.renewAt) return this.current.value;
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetchToken(): Promise<string> {
    const { keycloakUrl, realm, clientId, clientSecret, timeoutMs } = this.credentials;
    const url = `${keycloakUrl.replace(/\/$/, '')}/realms/${realm}/protocol/openid-connect/token`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ grant_type: 'client_credentials' }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new DomainError(
        'dependency_unavailable',
        `Keycloak is unreachable (token for ${clientId}): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { error?: string; error_description?: string };
      throw new DomainError(
        'dependency_unavailable',
        `Keycloak refused the credentials of client ${clientId} (${res.status} ${body.error ?? ''}${
          body.error_description ? `: ${body.error_description}` : ''
        })`,
      );
    }
    const token = TokenResponseSchema.parse(await res.json());
    this.current = { value: token.access_token, renewAt: Date.now() + token.expires_in * 800 };
    return token.access_token;
  }
}

/** RFC 6749 §2.3.1: client id and secret are form-encoded before going into Basic auth. */
const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
