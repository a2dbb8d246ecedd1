import { DomainError } from '@certhub/platform';
import { z } from 'zod';

const TokenResponseSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });

export interface ClientCredentials {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
}

/**
 * The service's own admin API token (client-credentials grant, which has no refresh token):
 * fetched again once 80 % of its lifetime has passed; concurrent callers share one fetch.
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
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
      }),
      signal: AbortSignal.timeout(timeoutMs),
    }).catch((error: unknown) => {
      throw new DomainError('dependency_unavailable', `Keycloak is unreachable: ${String(error)}`);
    });
    if (!res.ok)
      throw new DomainError(
        'dependency_unavailable',
        `Keycloak refused the credentials of ${clientId} (${res.status})`,
      );
    const token = TokenResponseSchema.parse(await res.json());
    this.current = { value: token.access_token, renewAt: Date.now() + token.expires_in * 800 };
    return token.access_token;
  }
}
