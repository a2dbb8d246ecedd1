import { Collection, collectionSchema, CreatedAt, Required, TenantRecord } from '@certhub/platform';
import type { Scope } from '../scope/event-scope';

/**
 * A partner: an OAuth client-credentials client in Keycloak (its tokens carry role `partner` and
 * `tenant_id` = this id) and the scope it may see. The tenant is the owner that created it: the
 * platform, or a CB for a partner restricted to that CB.
 */
// minimize: false keeps an empty scope ({}: sees everything) instead of dropping the field.
/** `tenantId` is `platform`, or the id of the CB whose admin created the partner. */
@Collection('partners', { minimize: false })
export class Partner extends TenantRecord {
  @Required() name!: string;

  /** The OAuth client id (`partner-<id>`). */
  @Required() clientId!: string;

  /** Keycloak's internal id of the client, for later admin calls. */
  @Required() keycloakId!: string;
  @Required({ type: Object, default: {} }) scope!: Scope;
  @Required() createdBy!: string;
  @CreatedAt() createdAt!: Date;
}

export const PartnerSchema = collectionSchema(Partner, {
  tenantScoped: true,
  indexes: [
    // partner.clients.list of one owner, newest first.
    { tenantId: 1, createdAt: -1 },
    // One partner per OAuth client.
    [{ clientId: 1 }, { unique: true }],
  ],
});
