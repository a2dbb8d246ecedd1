import { Prop } from '@nestjs/mongoose';
import {
  LocaleSchema,
  ROLES,
  TENANT_TYPES,
  type CloudEvent,
  type Role,
  type TenantType,
} from '@certhub/contracts';
import { Collection, collectionSchema, CreatedAt, Enum, Id, Required } from '@certhub/platform';
import type { Locale } from '../common/locale';

/**
 * The projection of a Keycloak user that listing and search read (Keycloak stays the source of
 * truth for credentials and sessions). `_id` is the Keycloak id; the tenant is the user's side.
 */
@Collection('users')
export class User {
  @Id() _id!: string;
  @Enum(TENANT_TYPES) tenantType!: TenantType;
  @Required() tenantId!: string;
  @Required() email!: string;
  @Required() firstName!: string;
  @Required() lastName!: string;
  @Enum(ROLES) role!: Role;
  @Required({ default: true }) enabled!: boolean;
  @Required({ default: false }) emailVerified!: boolean;
  @Enum(LocaleSchema.options, { default: 'fr' }) locale!: Locale;

  /**
   * A training network's user: the organisation (and establishment) his role is bound to, as in his
   * token; notifications about one establishment go to its own users only.
   */
  @Prop() trainingOrganisationId?: string;
  @Prop() establishmentId?: string;

  /** Who invited the user; absent for self-registered and seeded users. */
  @Prop() invitedBy?: string;
  @CreatedAt() createdAt!: Date;

  /** Added by OutboxModule.forFeature. */
  outbox!: CloudEvent[];
}

export const UserSchema = collectionSchema(User, {
  tenantScoped: true,
  indexes: [
    // One account per e-mail on the whole platform: the duplicate check of invitations and registrations.
    [{ email: 1 }, { unique: true }],
    // users.list of one tenant in its default order (newest first).
    { tenantId: 1, createdAt: -1 },
  ],
});
