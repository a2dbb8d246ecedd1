import { Prop } from '@nestjs/mongoose';
import { LocaleSchema } from '@certhub/contracts';
import { Collection, collectionSchema, Enum, Required, TenantRecord } from '@certhub/platform';
import type { Locale } from '../common/locale';

export interface MailAttachmentRef {
  documentId: string;
  name: string;
  size: number;
}

export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * The sent-mail log, which is also the delivery queue: a mail is written `pending` with its
 * rendered content when its event is handled, then sent, retried and closed as `sent` or `failed`
 * by the dispatcher. No tenant-scope plugin: no tenant ever reads it (the dispatcher serves every
 * tenant, support reads it by event or address); `tenantId` is kept for those reads.
 */
@Collection('mail_log')
export class MailLogEntry extends TenantRecord {
  @Required() recipientUserId!: string;

  /** The address the mail went to. */
  @Required() recipient!: string;
  @Required() eventId!: string;

  /** The template key: the event type the mail tells about. */
  @Required() template!: string;
  @Enum(LocaleSchema.options) language!: Locale;
  @Required() subject!: string;

  /** The rendered body waits here until it is sent, then is dropped to keep the log small. */
  @Prop() text?: string;
  @Prop() html?: string;
  @Prop() link?: string;

  /**
   * The CB's documents the mail carries (MailAttachmentRecord), fetched from the document service
   * when it is sent; named here so that the mail goes with a line for one it cannot fetch.
   */
  @Prop({
    type: [{ _id: false, documentId: String, name: String, size: Number }],
    default: undefined,
  })
  attachments?: MailAttachmentRef[];

  @Enum(MAIL_STATUSES) status!: MailStatus;
  @Required({ default: 0 }) attempts!: number;

  /** When a pending mail may be (re)tried; while one is being sent, the end of its lease. */
  @Prop() nextAttemptAt?: Date;
  @Prop() messageId?: string;

  /** The last failure, kept after a later success too. */
  @Prop() error?: string;
  @Required() createdAt!: Date;
  @Prop() sentAt?: Date;
  @Prop() failedAt?: Date;
}

export const MailLogSchema = collectionSchema(MailLogEntry, {
  tenantScoped: false,
  indexes: [
    // The idempotency key: one mail per event and recipient, however often the event is delivered.
    [{ eventId: 1, recipient: 1 }, { unique: true }],
    // The dispatcher's claim of the next due mail.
    { status: 1, nextAttemptAt: 1 },
  ],
});
