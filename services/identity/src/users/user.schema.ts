import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import {
  LocaleSchema,
  ROLES,
  TENANT_TYPES,
  type CloudEvent,
  type Role,
  type TenantType,
} from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';
import type { Locale } from '../common/locale';

/**
 * The projection of a Keycloak user that listing and search read (Keycloak stays the source of
 * truth for credentials and sessions). `_id` is the Keycloak id; the tenant is the user's side.
 */
@Schema({ collection: 'users', versionKey: false })
export class User {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, enum: TENANT_TYPES, required: true })
  tenantType!: TenantType;

  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  email!: string;

  @Prop({ required: true })
  firstName!: string;

  @Prop({ required: true })
  lastName!: string;

  @Prop({ type: String, enum: ROLES, required: true })
  role!: Role;

  @Prop({ required: true, default: true })
  enabled!: boolean;

  @Prop({ required: true, default: false })
  emailVerified!: boolean;

  @Prop({ type: String, enum: LocaleSchema.options, required: true, default: 'fr' })
  locale!: Locale;

  /**
   * A training network's user: the organisation (and establishment) his role is bound to, as in his
   * token; notifications about one establishment go to its own users only.
   */
  @Prop()
  trainingOrganisationId?: string;

  @Prop()
  establishmentId?: string;

  /** Who invited the user; absent for self-registered and seeded users. */
  @Prop()
  invitedBy?: string;

  @Prop({ required: true, default: () => new Date() })
  createdAt!: Date;

  /** Added by OutboxModule.forFeature. */
  outbox!: CloudEvent[];
}

export const UserSchema = SchemaFactory.createForClass(User);
// One account per e-mail on the whole platform: the duplicate check of invitations and registrations.
UserSchema.index({ email: 1 }, { unique: true });
// users.list of one tenant in its default order (newest first).
UserSchema.index({ tenantId: 1, createdAt: -1 });
UserSchema.plugin(tenantScopePlugin);
