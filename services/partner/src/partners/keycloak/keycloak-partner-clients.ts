import { Inject, Injectable, Logger } from '@nestjs/common';
import type KcAdminClient from '@keycloak/keycloak-admin-client';
import type ProtocolMapperRepresentation from '@keycloak/keycloak-admin-client/lib/defs/protocolMapperRepresentation';
import { DomainError, SERVICE_CONFIG, callKeycloak, keycloakAdminClient } from '@certhub/platform';
import type { PartnerConfig } from '../../config';
import { PartnerClients, type NewPartnerClient } from './partner-clients';

const PARTNER_ROLE = 'partner';

/**
 * A client-credentials client has no user attributes to map tenant claims from (its service
 * account is not a certhub user): the claims are hardcoded on the client itself.
 */
const hardcodedClaim = (claim: string, value: string): ProtocolMapperRepresentation => ({
  name: claim,
  protocol: 'openid-connect',
  protocolMapper: 'oidc-hardcoded-claim-mapper',
  config: {
    'claim.name': claim,
    'claim.value': value,
    'jsonType.label': 'String',
    'access.token.claim': 'true',
    'introspection.token.claim': 'true',
    'id.token.claim': 'false',
    'userinfo.token.claim': 'false',
  },
});

/**
 * PartnerClients over `@keycloak/keycloak-admin-client` (ESM-only; Node ≥ 20.19 `require()`s it),
 * authenticated as the configured service account, which needs `manage-clients` and `manage-users`
 * of realm-management. The realm's default client scopes add the gateway audience.
 */
@Injectable()
export class KeycloakPartnerClients extends PartnerClients {
  private readonly logger = new Logger(KeycloakPartnerClients.name);
  private readonly client: KcAdminClient;
  private roleId?: string;

  constructor(@Inject(SERVICE_CONFIG) config: PartnerConfig) {
    super();
    this.client = keycloakAdminClient(config);
  }

  async create(partner: NewPartnerClient): Promise<{ keycloakId: string; secret: string }> {
    const { id } = await this.call('create the partner client', () =>
      this.client.clients.create({
        clientId: partner.clientId,
        name: partner.name,
        description: `certhub partner ${partner.partnerId}`,
        enabled: true,
        protocol: 'openid-connect',
        publicClient: false,
        clientAuthenticatorType: 'client-secret',
        serviceAccountsEnabled: true,
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        protocolMappers: [
          hardcodedClaim('tenant_type', 'partner'),
          hardcodedClaim('tenant_id', partner.partnerId),
        ],
      }),
    );
    try {
      return await this.call('grant the partner role and read the secret', async () => {
        const account = await this.client.clients.getServiceAccountUser({ id });
        await this.client.users.addRealmRoleMappings({
          id: account.id ?? '',
          roles: [{ id: await this.partnerRoleId(), name: PARTNER_ROLE }],
        });
        const secret = await this.client.clients.getClientSecret({ id });
        if (!secret.value)
          throw new DomainError('dependency_unavailable', 'Keycloak answered no client secret');
        return { keycloakId: id, secret: secret.value };
      });
    } catch (error) {
      // A half-made client (no role, secret unknown) is useless: remove it so a retry starts clean.
      await this.remove(id).catch((cleanup: unknown) =>
        this.logger.error(`could not remove the half-made client ${partner.clientId}: ${String(cleanup)}`),
      );
      throw error;
    }
  }

  remove(keycloakId: string): Promise<void> {
    return this.call('remove the partner client', () =>
      this.client.clients.del({ id: keycloakId }, { catchNotFound: true }),
    );
  }

  private async partnerRoleId(): Promise<string> {
    if (this.roleId) return this.roleId;
    const role = await this.client.roles.findOneByName({ name: PARTNER_ROLE });
    if (!role?.id) throw new DomainError('dependency_unavailable', `the realm has no role ${PARTNER_ROLE}`);
    this.roleId = role.id;
    return role.id;
  }

  private call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    return callKeycloak(this.logger, action, fn, {
      forbiddenHint: 'the admin service account lacks manage-clients',
    });
  }
}
