import { collectionSchema } from '@certhub/platform';

export const BOOKING_MODEL = 'AuditorBooking';

/**
 * One document per auditor and calendar day an audit holds. Its `_id` is `<auditorId>|<day>`, so
 * the database itself refuses a second audit on the same day for the same auditor, also when two
 * plans race (FerretDB has no transactions: a unique key is the lock).
 */
export interface BookingDoc {
  _id: string;
  tenantId: string[];
  auditorId: string;
  day: string;
  auditId: string;
  /** The `book` call that last claimed the key (see BookingRepository.book). */
  token: string;
  createdAt: Date;
}

export const BookingSchema = collectionSchema<BookingDoc>(
  'auditor_bookings',
  {
    _id: { type: String, required: true },
    tenantId: { type: [String], required: true },
    auditorId: { type: String, required: true },
    day: { type: String, required: true },
    auditId: { type: String, required: true },
    token: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  {
    tenantScoped: true,
    indexes: [
      // Releasing an audit's days (reschedule, cancel, failed plan).
      { tenantId: 1, auditId: 1 },
    ],
  },
);

export const bookingId = (auditorId: string, day: string): string => `${auditorId}|${day}`;
