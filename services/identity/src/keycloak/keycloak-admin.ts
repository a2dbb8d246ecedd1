import type { Locale } from '../common/locale';
import type { Perimeter, Role, TenantType } from '@certhub/contracts';

export interface NewKeycloakUser {
  email: string;
  firstName: string;
  lastName: string;
  tenantType: TenantType;
  tenantId: string;
  locale: Locale;
  /** A training network's user: carried into his token as training_organisation_id, establishment_id. */
  perimeter?: Perimeter;
  /** Set for self-registration; invited users choose theirs through the first-login e-mail. */
  password?: string;
}

/** What certhub reads back from a Keycloak user. */
export interface KeycloakUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  enabled: boolean;
  emailVerified: boolean;
  tenantType?: string;
  tenantId?: string;
  /** A training network's user's training_organisation_id and establishment_id attributes. */
  perimeter?: Perimeter;
  createdAt: Date;
}

/**
 * The user operations certhub needs from Keycloak (its admin API). Failures surface as
 * DomainError: `conflict` when Keycloak says the user exists, `validation_failed` when it refuses
 * the data (user profile, password policy), `dependency_unavailable` when it is unreachable,
 * refuses our credentials or errs.
 */
export abstract class KeycloakAdmin {
  /** Creates an enabled user with e-mail as username and an unverified e-mail; returns its id. */
  abstract createUser(user: NewKeycloakUser): Promise<string>;
  abstract assignRealmRole(userId: string, role: Role): Promise<void>;
  /** The certhub realm roles the user holds. */
  abstract realmRoles(userId: string): Promise<Role[]>;
  abstract findByEmail(email: string): Promise<KeycloakUser | undefined>;
  abstract findById(userId: string): Promise<KeycloakUser | undefined>;
  /** Self-registration: the VERIFY_EMAIL link. */
  abstract sendVerificationEmail(userId: string): Promise<void>;
  /** Invitation: one e-mail to choose a password and verify the address, valid 72 hours. */
  abstract sendFirstLoginEmail(userId: string): Promise<void>;
  abstract setEnabled(userId: string, enabled: boolean): Promise<void>;
  /** Idempotent: deleting a user that is already gone succeeds. */
  abstract deleteUser(userId: string): Promise<void>;
}
