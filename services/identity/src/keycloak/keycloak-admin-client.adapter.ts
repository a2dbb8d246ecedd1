import { Inject, Injectable, Logger } from '@nestjs/common';
import KcAdminClient from '@keycloak/keycloak-admin-client';
import type UserRepresentation from '@keycloak/keycloak-admin-client/lib/defs/userRepresentation';
import { ROLES, type Role } from '@certhub/contracts';
import { DomainError, SERVICE_CONFIG } from '@certhub/platform';
import type { IdentityConfig } from '../config';
import { ClientCredentialsToken } from '@certhub/platform';
import { KeycloakAdmin, type KeycloakUser, type NewKeycloakUser } from './keycloak-admin';

/** The realm's browser client: Keycloak checks e-mail redirect URIs against its allowed list. */
const PORTAL_CLIENT_ID = 'certhub-portal';
/** Invitations stay valid three days: long enough for a weekend, short enough to expire. */
const FIRST_LOGIN_LINK_LIFESPAN_S = 72 * 3600;
const REQUEST_TIMEOUT_MS = 5_000;

/**
 * KeycloakAdmin over `@keycloak/keycloak-admin-client`, authenticated as the `certhub-identity`
 * service account. The library is ESM-only; Node ≥ 20.19 loads it from this CommonJS build with
 * `require()`.
 */
@Injectable()
export class KeycloakAdminClientAdapter extends KeycloakAdmin {
  private readonly logger = new Logger(KeycloakAdminClientAdapter.name);
  private readonly client: KcAdminClient;
  private readonly roleIds = new Map<Role, string>();
  private readonly portalUrl: string;

  constructor(@Inject(SERVICE_CONFIG) config: IdentityConfig) {
    super();
    this.client = new KcAdminClient({
      baseUrl: config.KEYCLOAK_URL,
      realmName: config.KEYCLOAK_REALM,
      timeout: REQUEST_TIMEOUT_MS,
    });
    const token = new ClientCredentialsToken({
      keycloakUrl: config.KEYCLOAK_URL,
      realm: config.KEYCLOAK_REALM,
      clientId: config.KEYCLOAK_ADMIN_CLIENT_ID,
      clientSecret: config.KEYCLOAK_ADMIN_CLIENT_SECRET,
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
    this.client.registerTokenProvider({ getAccessToken: () => token.get() });
    this.portalUrl = config.PUBLIC_PORTAL_URL;
  }

  createUser(user: NewKeycloakUser): Promise<string> {
    return this.call('create the user', async () => {
      const { id } = await this.client.users.create({
        username: user.email,
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        enabled: true,
        emailVerified: false,
        // Explicit, so the password grant and the login form refuse the account until the
        // address is verified, whatever the realm's verify-email setting.
        requiredActions: ['VERIFY_EMAIL'],
        attributes: {
          tenant_type: [user.tenantType],
          tenant_id: [user.tenantId],
          locale: [user.locale],
        },
        ...(user.password
          ? { credentials: [{ type: 'password', value: user.password, temporary: false }] }
          : {}),
      });
      return id;
    });
  }

  assignRealmRole(userId: string, role: Role): Promise<void> {
    return this.call(`assign the role ${role}`, async () => {
      await this.client.users.addRealmRoleMappings({
        id: userId,
        roles: [{ id: await this.roleId(role), name: role }],
      });
    });
  }

  realmRoles(userId: string): Promise<Role[]> {
    return this.call('read the user’s roles', async () => {
      const mappings = await this.client.users.listRealmRoleMappings({ id: userId });
      return mappings.map((r) => r.name).filter((name): name is Role => ROLES.includes(name as Role));
    });
  }

  findByEmail(email: string): Promise<KeycloakUser | undefined> {
    return this.call('look the user up by e-mail', async () => {
      const found = await this.client.users.find({ email, exact: true });
      const user = found.find((u) => u.email?.toLowerCase() === email.toLowerCase());
      return user ? toKeycloakUser(user) : undefined;
    });
  }

  findById(userId: string): Promise<KeycloakUser | undefined> {
    return this.call('read the user', async () => {
      const user = await this.client.users.findOne({ id: userId }, { catchNotFound: true });
      return user ? toKeycloakUser(user) : undefined;
    });
  }

  sendVerificationEmail(userId: string): Promise<void> {
    return this.call('send the verification e-mail', () =>
      this.client.users.sendVerifyEmail({
        id: userId,
        clientId: PORTAL_CLIENT_ID,
        redirectUri: this.portalUrl,
      }),
    );
  }

  sendFirstLoginEmail(userId: string): Promise<void> {
    return this.call('send the first-login e-mail', () =>
      this.client.users.executeActionsEmail({
        id: userId,
        actions: ['UPDATE_PASSWORD', 'VERIFY_EMAIL'],
        lifespan: FIRST_LOGIN_LINK_LIFESPAN_S,
        clientId: PORTAL_CLIENT_ID,
        redirectUri: this.portalUrl,
      }),
    );
  }

  setEnabled(userId: string, enabled: boolean): Promise<void> {
    return this.call(enabled ? 'enable the user' : 'disable the user', async () => {
      // The whole representation goes back: with the declarative user profile, a partial update
      // would drop the attributes it leaves out (tenant_type, tenant_id).
      const user = await this.client.users.findOne({ id: userId });
      if (!user) throw DomainError.notFound(`user ${userId} in Keycloak`);
      await this.client.users.update({ id: userId }, { ...user, enabled });
    });
  }

  deleteUser(userId: string): Promise<void> {
    return this.call('delete the user', async () => {
      await this.client.users.del({ id: userId }, { catchNotFound: true });
    });
  }

  private async roleId(role: Role): Promise<string> {
    const cached = this.roleIds.get(role);
    if (cached) return cached;
    const found = await this.client.roles.findOneByName({ name: role });
    if (!found?.id) throw new DomainError('dependency_unavailable', `the realm has no role ${role}`);
    this.roleIds.set(role, found.id);
    return found.id;
  }

  /** Runs one admin call and turns its failure into the DomainError the use cases branch on. */
  private async call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof DomainError) throw error;
      const status = responseStatus(error);
      if (status === 409) {
        throw DomainError.conflict(`Keycloak could not ${action}: ${errorMessage(error)}`);
      }
      // Keycloak validates on its own too (user profile, password policy): the input is at fault.
      if (status === 400) {
        throw new DomainError('validation_failed', `Keycloak refused to ${action}: ${errorMessage(error)}`);
      }
      this.logger.warn(`Keycloak could not ${action}: ${status ?? ''} ${errorMessage(error)}`);
      throw new DomainError(
        'dependency_unavailable',
        `the identity provider is unavailable: Keycloak could not ${action}${status ? ` (HTTP ${status})` : ''}`,
      );
    }
  }
}

function toKeycloakUser(user: UserRepresentation): KeycloakUser {
  const attributes = (user.attributes ?? {}) as Record<string, string[] | undefined>;
  return {
    id: user.id ?? '',
    email: user.email ?? user.username ?? '',
    firstName: user.firstName ?? '',
    lastName: user.lastName ?? '',
    enabled: user.enabled ?? false,
    emailVerified: user.emailVerified ?? false,
    tenantType: attributes['tenant_type']?.[0],
    tenantId: attributes['tenant_id']?.[0],
    createdAt: new Date(user.createdTimestamp ?? Date.now()),
  };
}

/** The library's NetworkError carries the fetch Response; duck-typed to stay off its ESM classes. */
function responseStatus(error: unknown): number | undefined {
  const response = (error as { response?: unknown } | undefined)?.response;
  return response instanceof Response ? response.status : undefined;
}

/** Keycloak's message, with the field it is about when it names one (user-profile validation). */
function errorMessage(error: unknown): string {
  const field = (error as { responseData?: { field?: unknown } } | undefined)?.responseData?.field;
  const message = error instanceof Error ? error.message : String(error);
  return typeof field === 'string' ? `${field}: ${message}` : message;
}
