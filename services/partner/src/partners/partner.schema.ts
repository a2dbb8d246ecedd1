import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { tenantScopePlugin } from '@certhub/platform';
import type { Scope } from '../scope/event-scope';

/**
 * A partner: an OAuth client-credentials client in Keycloak (its tokens carry role `partner` and
 * `tenant_id` = this id) and the scope it may see. The tenant is the owner that created it: the
 * platform, or a CB for a partner restricted to that CB.
 */
// minimize: false keeps an empty scope ({}: sees everything) instead of dropping the field.
@Schema({ collection: 'partners', versionKey: false, minimize: false })
export class Partner {
  @Prop({ type: String, required: true })
  _id!: string;

  /** `platform`, or the id of the CB whose admin created the partner. */
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  name!: string;

  /** The OAuth client id (`partner-<id>`). */
  @Prop({ required: true })
  clientId!: string;

  /** Keycloak's internal id of the client, for later admin calls. */
  @Prop({ required: true })
  keycloakId!: string;

  @Prop({ type: Object, required: true, default: {} })
  scope!: Scope;

  @Prop({ required: true })
  createdBy!: string;

  @Prop({ required: true, default: () => new Date() })
  createdAt!: Date;
}

export const PartnerSchema = SchemaFactory.createForClass(Partner);
// partner.clients.list of one owner, newest first.
PartnerSchema.index({ tenantId: 1, createdAt: -1 });
// One partner per OAuth client.
PartnerSchema.index({ clientId: 1 }, { unique: true });
PartnerSchema.plugin(tenantScopePlugin);
