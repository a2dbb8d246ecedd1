import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { MailLogEntry } from './mail-log.schema';

export type QueuedMail = Pick<
  MailLogEntry,
  | 'tenantId'
  | 'recipientUserId'
  | 'recipient'
  | 'eventId'
  | 'template'
  | 'language'
  | 'subject'
  | 'text'
  | 'html'
  | 'link'
  | 'attachments'
>;

/** A claimed mail always has its body: it is dropped only once the mail is sent. */
export type ClaimedMail = MailLogEntry & Required<Pick<MailLogEntry, 'text' | 'html'>>;

@Injectable()
export class MailLogRepository {
  constructor(@InjectModel(MailLogEntry.name) private readonly model: Model<MailLogEntry>) {}

  /** Queues the mail unless this event already has one for this address; true when queued now. */
  async enqueue(mail: QueuedMail): Promise<boolean> {
    try {
      const result = await this.model.updateOne(
        { eventId: mail.eventId, recipient: mail.recipient },
        {
          $setOnInsert: {
            _id: randomUUID(),
            ...mail,
            status: 'pending',
            attempts: 0,
            nextAttemptAt: new Date(),
            createdAt: new Date(),
          },
        },
        { upsert: true },
      );
      return result.upsertedCount === 1;
    } catch (error) {
      // Two replicas queued the same mail at once: the unique index kept one.
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  }

  /**
   * Takes the next due mail for one attempt: counts the attempt and pushes `nextAttemptAt` to the
   * end of a lease, so another replica retries it only if this one died while sending.
   */
  claimDue(now: Date, leaseMs: number): Promise<ClaimedMail | null> {
    return this.model
      .findOneAndUpdate(
        { status: 'pending', nextAttemptAt: { $lte: now } },
        { $set: { nextAttemptAt: new Date(now.getTime() + leaseMs) }, $inc: { attempts: 1 } },
        { sort: { nextAttemptAt: 1 }, new: true },
      )
      .lean<ClaimedMail>();
  }

  // The updates below match the attempt they close, so a replica whose lease ran out cannot
  // overwrite the outcome of the attempt that followed.

  async markSent(mail: ClaimedMail, messageId: string): Promise<void> {
    await this.model.updateOne(
      { _id: mail._id, status: 'pending', attempts: mail.attempts },
      { $set: { status: 'sent', messageId, sentAt: new Date() }, $unset: { text: '', html: '' } },
    );
  }

  async scheduleRetry(mail: ClaimedMail, at: Date, error: string): Promise<void> {
    await this.model.updateOne(
      { _id: mail._id, status: 'pending', attempts: mail.attempts },
      { $set: { nextAttemptAt: at, error } },
    );
  }

  /** True when this call closed the mail as failed (so its consequences happen once). */
  async markFailed(mail: ClaimedMail, error: string): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: mail._id, status: 'pending', attempts: mail.attempts },
      { $set: { status: 'failed', error, failedAt: new Date() }, $unset: { nextAttemptAt: '' } },
    );
    return result.modifiedCount === 1;
  }
}
