import { Inject, Injectable, Logger } from '@nestjs/common';
import type KcAdminClient from '@keycloak/keycloak-admin-client';
import type UserRepresentation from '@keycloak/keycloak-admin-client/lib/defs/userRepresentation';
import { ROLES, type Role } from '@certhub/contracts';
import { DomainError, SERVICE_CONFIG, callKeycloak, keycloakAdminClient } from '@certhub/platform';
import type { IdentityConfig } from '../config';
import { KeycloakAdmin, type KeycloakUser, type NewKeycloakUser } from './keycloak-admin';

/** The realm's browser client: Keycloak checks e-mail redirect URIs against its allowed list. */
const PORTAL_CLIENT_ID = 'certhub-portal';
/** Invitations stay valid three days: long enough for a weekend, short enough to expire. */
const FIRST_LOGIN_LINK_LIFESPAN_S = 72 * 3600;

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
    this.client = keycloakAdminClient(config);
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
          ...(user.perimeter
            ? {
                training_organisation_id: [user.perimeter.trainingOrganisationId],
                ...(user.perimeter.establishmentId
                  ? { establishment_id: [user.perimeter.establishmentId] }
                  : {}),
              }
            : {}),
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
  private call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    return callKeycloak(this.logger, action, fn);
  }
}

function toKeycloakUser(user: UserRepresentation): KeycloakUser {
  const attributes = (user.attributes ?? {}) as Record<string, string[] | undefined>;
  const trainingOrganisationId = attributes['training_organisation_id']?.[0];
  const establishmentId = attributes['establishment_id']?.[0];
  return {
    id: user.id ?? '',
    email: user.email ?? user.username ?? '',
    firstName: user.firstName ?? '',
    lastName: user.lastName ?? '',
    enabled: user.enabled ?? false,
    emailVerified: user.emailVerified ?? false,
    tenantType: attributes['tenant_type']?.[0],
    tenantId: attributes['tenant_id']?.[0],
    ...(trainingOrganisationId
      ? { perimeter: { trainingOrganisationId, ...(establishmentId ? { establishmentId } : {}) } }
      : {}),
    createdAt: new Date(user.createdTimestamp ?? Date.now()),
  };
}
