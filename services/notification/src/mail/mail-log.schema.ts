import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { LocaleSchema } from '@certhub/contracts';
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
@Schema({ collection: 'mail_log', versionKey: false })
export class MailLogEntry {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  recipientUserId!: string;

  /** The address the mail went to. */
  @Prop({ required: true })
  recipient!: string;

  @Prop({ required: true })
  eventId!: string;

  /** The template key: the event type the mail tells about. */
  @Prop({ required: true })
  template!: string;

  @Prop({ type: String, enum: LocaleSchema.options, required: true })
  language!: Locale;

  @Prop({ required: true })
  subject!: string;

  /** The rendered body waits here until it is sent, then is dropped to keep the log small. */
  @Prop()
  text?: string;

  @Prop()
  html?: string;

  @Prop()
  link?: string;

  /**
   * The CB's documents the mail carries (MailAttachmentRecord), fetched from the document service
   * when it is sent; named here so that the mail goes with a line for one it cannot fetch.
   */
  @Prop({
    type: [{ _id: false, documentId: String, name: String, size: Number }],
    default: undefined,
  })
  attachments?: MailAttachmentRef[];

  @Prop({ type: String, enum: MAIL_STATUSES, required: true })
  status!: MailStatus;

  @Prop({ required: true, default: 0 })
  attempts!: number;

  /** When a pending mail may be (re)tried; while one is being sent, the end of its lease. */
  @Prop()
  nextAttemptAt?: Date;

  @Prop()
  messageId?: string;

  /** The last failure, kept after a later success too. */
  @Prop()
  error?: string;

  @Prop({ required: true })
  createdAt!: Date;

  @Prop()
  sentAt?: Date;

  @Prop()
  failedAt?: Date;
}

export const MailLogSchema = SchemaFactory.createForClass(MailLogEntry);
// The idempotency key: one mail per event and recipient, however often the event is delivered.
MailLogSchema.index({ eventId: 1, recipient: 1 }, { unique: true });
// The dispatcher's claim of the next due mail.
MailLogSchema.index({ status: 1, nextAttemptAt: 1 });
