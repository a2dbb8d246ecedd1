import { Collection, collectionSchema, Required, TenantRecord } from '@certhub/platform';

/**
 * Read model: one receipt per event id, counted by type. A receipt rather than a counter because
 * `$inc` applied twice (a crash between the update and the processed marker) would count twice,
 * while a second upsert of the same id changes nothing.
 *
 * `_id` is the CloudEvent id; `tenantId` the event's tenant, or the platform for platform-level
 * events.
 */
@Collection('event_receipts')
export class EventReceipt extends TenantRecord {
  @Required() type!: string;
  @Required() time!: Date;
}

export const EventReceiptSchema = collectionSchema(EventReceipt, {
  tenantScoped: true,
  indexes: [
    // Counts per type for one tenant (or, platform-wide, by type).
    { tenantId: 1, type: 1 },
  ],
});
