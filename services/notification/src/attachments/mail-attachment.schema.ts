import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { MAIL_ATTACHMENT_KINDS, type MailAttachmentKind } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';

/**
 * A document a CB sends with one of its mails for one scheme (the questionnaire's guide, the
 * decision's brand rules): the bytes stay in the document service, this names them.
 */
@Schema({ collection: 'mail_attachments', versionKey: false })
export class MailAttachmentRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  /** The CB's id. */
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  schemeId!: string;

  @Prop({ type: String, enum: MAIL_ATTACHMENT_KINDS, required: true })
  mailKind!: MailAttachmentKind;

  @Prop({ required: true })
  documentId!: string;

  @Prop({ required: true })
  name!: string;

  @Prop({ required: true })
  size!: number;

  @Prop({ required: true })
  createdBy!: string;

  @Prop({ required: true })
  createdAt!: Date;
}

export const MailAttachmentSchema = SchemaFactory.createForClass(MailAttachmentRecord);
// One filing of a document per mail; the mail's lookup and the list read by this prefix.
MailAttachmentSchema.index({ tenantId: 1, schemeId: 1, mailKind: 1, documentId: 1 }, { unique: true });
MailAttachmentSchema.plugin(tenantScopePlugin);
