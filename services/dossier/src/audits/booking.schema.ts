import { Collection, collectionSchema, MultiTenantRecord, Required } from '@certhub/platform';

export const BOOKING_MODEL = 'AuditorBooking';

/**
 * One document per auditor and calendar day an audit holds. Its `_id` is `<auditorId>|<day>`, so
 * the database itself refuses a second audit on the same day for the same auditor, also when two
 * plans race (FerretDB has no transactions: a unique key is the lock).
 */
@Collection('auditor_bookings')
export class BookingDoc extends MultiTenantRecord {
  @Required() auditorId!: string;
  @Required() day!: string;
  @Required() auditId!: string;

  /** The `book` call that last claimed the key (see BookingRepository.book). */
  @Required() token!: string;
  @Required() createdAt!: Date;
}

export const BookingSchema = collectionSchema(BookingDoc, {
  tenantScoped: true,
  indexes: [
    // Releasing an audit's days (reschedule, cancel, failed plan).
    { tenantId: 1, auditId: 1 },
  ],
});

export const bookingId = (auditorId: string, day: string): string => `${auditorId}|${day}`;
