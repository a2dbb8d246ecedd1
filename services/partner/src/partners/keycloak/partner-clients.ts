export interface NewPartnerClient {
  partnerId: string;
  /** The OAuth client id to create. */
  clientId: string;
  name: string;
}

/**
 * The OAuth clients of partners, kept in the identity provider. Failures surface as DomainError:
 * `conflict` when the client exists, `dependency_unavailable` when the provider is away or refuses us.
 */
export abstract class PartnerClients {
  /**
   * A confidential client-credentials client whose tokens carry role `partner`, `tenant_type`
   * `partner` and `tenant_id` = the partner id. Answers Keycloak's id of the client and its secret.
   */
  abstract create(client: NewPartnerClient): Promise<{ keycloakId: string; secret: string }>;
  /** Idempotent: removing a client that is already gone succeeds. */
  abstract remove(keycloakId: string): Promise<void>;
}
