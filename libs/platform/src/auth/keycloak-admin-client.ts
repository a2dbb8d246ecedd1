import { Logger } from '@nestjs/common';
import type KcAdminClient from '@keycloak/keycloak-admin-client';
import { DomainError } from '../errors/domain-error';
import { ClientCredentialsToken } from './client-credentials-token';

/** What a service using Keycloak's admin API configures (the client is one with a service account). */
export interface KeycloakAdminSettings {
  KEYCLOAK_URL: string;
  KEYCLOAK_REALM: string;
  KEYCLOAK_ADMIN_CLIENT_ID: string;
  KEYCLOAK_ADMIN_CLIENT_SECRET: string;
}

const REQUEST_TIMEOUT_MS = 5_000;

/**
 * `@keycloak/keycloak-admin-client` authenticated as the configured service account, its token
 * fetched and renewed by ClientCredentialsToken. The library is ESM-only; Node ≥ 20.19 loads it
 * from this CommonJS build with `require()`.
 */
export function keycloakAdminClient(settings: KeycloakAdminSettings): KcAdminClient {
  // Required on first use, not at import: every importer of this library (jest included, which
  // cannot load ESM) would otherwise load the admin client, which only two services use.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: AdminClient } = require('@keycloak/keycloak-admin-client') as {
    default: typeof KcAdminClient;
  };
  const client = new AdminClient({
    baseUrl: settings.KEYCLOAK_URL,
    realmName: settings.KEYCLOAK_REALM,
    timeout: REQUEST_TIMEOUT_MS,
  });
  const token = new ClientCredentialsToken({
    keycloakUrl: settings.KEYCLOAK_URL,
    realm: settings.KEYCLOAK_REALM,
    clientId: settings.KEYCLOAK_ADMIN_CLIENT_ID,
    clientSecret: settings.KEYCLOAK_ADMIN_CLIENT_SECRET,
    timeoutMs: REQUEST_TIMEOUT_MS,
  });
  client.registerTokenProvider({ getAccessToken: () => token.get() });
  return client;
}

/**
 * Runs one admin-API call and maps Keycloak's refusals to domain errors: 409 → conflict, 400 (its
 * own validation: user profile, password policy) → validation_failed, anything else → the
 * identity provider is unavailable (403 says which permission the service account lacks).
 */
export async function callKeycloak<T>(
  logger: Logger,
  action: string,
  fn: () => Promise<T>,
  options: { forbiddenHint?: string } = {},
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const status = keycloakResponseStatus(error);
    if (status === 409)
      throw DomainError.conflict(`Keycloak could not ${action}: ${keycloakErrorMessage(error)}`);
    if (status === 400)
      throw new DomainError(
        'validation_failed',
        `Keycloak refused to ${action}: ${keycloakErrorMessage(error)}`,
      );
    logger.warn(`Keycloak could not ${action}: ${status ?? ''} ${keycloakErrorMessage(error)}`);
    const hint = status === 403 && options.forbiddenHint ? ` (${options.forbiddenHint})` : '';
    throw new DomainError(
      'dependency_unavailable',
      `the identity provider is unavailable: Keycloak could not ${action}${status ? ` (HTTP ${status})` : ''}${hint}`,
    );
  }
}

/** The library's NetworkError carries the fetch Response; duck-typed to stay off its ESM classes. */
export function keycloakResponseStatus(error: unknown): number | undefined {
  const response = (error as { response?: unknown } | undefined)?.response;
  return response instanceof Response ? response.status : undefined;
}

/** Keycloak's message, with the field it is about when it names one (user-profile validation). */
export function keycloakErrorMessage(error: unknown): string {
  const field = (error as { responseData?: { field?: unknown } } | undefined)?.responseData?.field;
  const message = error instanceof Error ? error.message : String(error);
  return typeof field === 'string' ? `${field}: ${message}` : message;
}
