import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { DomainError } from '@certhub/platform';
import type { Model } from 'mongoose';
import { daysBetween, type Day } from '../lifecycle/calendar';
import { BOOKING_MODEL, bookingId, type BookingDoc } from './booking.schema';

/** MongoDB (and FerretDB) report a unique-key violation as code 11000. */
const isDuplicateKey = (error: unknown): boolean => (error as { code?: unknown } | undefined)?.code === 11000;

/** An audit longer than this is a typo, not an audit: refused before booking hundreds of days. */
const MAX_DAYS = 62;

export interface BookingRequest {
  cbId: string;
  auditId: string;
  auditorIds: string[];
  startDate: Day;
  endDate: Day;
}

/** Auditor-days held by audits: the one place "an auditor cannot be booked twice at once" is decided. */
@Injectable()
export class BookingRepository {
  constructor(@InjectModel(BOOKING_MODEL) private readonly model: Model<BookingDoc>) {}

  /**
   * Takes every (auditor, day) of the request for the audit, stamped with a fresh token. Keys are
   * taken in one global order, so two racing plans meet on the same first contested key and one of
   * them wins. A key the audit already holds is re-stamped, so that a concurrent change of the same
   * audit that fails releases only what it stamped itself (`release`), never what this one needs.
   * On a conflict, what this call took is released and the answer names the audit in the way.
   */
  async book(request: BookingRequest): Promise<string> {
    const token = randomUUID();
    for (const key of this.keys(request)) {
      try {
        await this.model.create({
          ...key,
          tenantId: [request.cbId],
          auditId: request.auditId,
          token,
          createdAt: new Date(),
        });
        continue;
      } catch (error) {
        if (!isDuplicateKey(error)) {
          await this.release(request.cbId, request.auditId, token);
          throw error;
        }
      }
      const restamped = await this.model.updateOne(
        { tenantId: request.cbId, _id: key._id, auditId: request.auditId },
        { $set: { token } },
      );
      if (restamped.matchedCount === 1) continue;
      await this.release(request.cbId, request.auditId, token);
      const other = await this.model.findOne({ tenantId: request.cbId, _id: key._id }).lean<BookingDoc>();
      throw DomainError.conflict(
        `auditor ${key.auditorId} is already booked on ${key.day} by audit ${other?.auditId ?? '(unknown)'}`,
        { auditorId: key.auditorId, day: key.day, conflictingAuditId: other?.auditId },
      );
    }
    return token;
  }

  /** Undoes one `book` call: the keys stamped with its token (and not re-stamped since). */
  async release(cbId: string, auditId: string, token: string): Promise<void> {
    await this.model.deleteMany({ tenantId: cbId, auditId, token });
  }

  /** Keeps only the (auditor, day) keys of `request`: frees the others the audit held. */
  async keepOnly(request: BookingRequest): Promise<void> {
    const keep = new Set(this.keys(request).map((k) => k._id));
    const held = await this.heldBy(request.cbId, request.auditId);
    const free = held.filter((id) => !keep.has(id));
    if (free.length)
      await this.model.deleteMany({ tenantId: request.cbId, auditId: request.auditId, _id: { $in: free } });
  }

  async releaseAll(cbId: string, auditId: string): Promise<void> {
    await this.model.deleteMany({ tenantId: cbId, auditId });
  }

  private async heldBy(cbId: string, auditId: string): Promise<string[]> {
    const docs = await this.model.find({ tenantId: cbId, auditId }, { _id: 1 }).lean<{ _id: string }[]>();
    return docs.map((d) => d._id);
  }

  private keys(request: BookingRequest): { _id: string; auditorId: string; day: Day }[] {
    const days = daysBetween(request.startDate, request.endDate);
    if (days.length > MAX_DAYS)
      throw new DomainError('validation_failed', `an audit lasts at most ${MAX_DAYS} days`, [
        { field: 'endDate', message: `more than ${MAX_DAYS} days after startDate` },
      ]);
    return [...new Set(request.auditorIds)]
      .flatMap((auditorId) => days.map((day) => ({ _id: bookingId(auditorId, day), auditorId, day })))
      .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  }
}
