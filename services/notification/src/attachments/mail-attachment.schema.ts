import { MAIL_ATTACHMENT_KINDS, type MailAttachmentKind } from '@certhub/contracts';
import { Collection, collectionSchema, Enum, Required, TenantRecord } from '@certhub/platform';

/**
 * A document a CB sends with one of its mails for one scheme (the questionnaire's guide, the
 * decision's brand rules): the bytes stay in the document service, this names them.
 *
 * `tenantId` is the CB's id.
 */
@Collection('mail_attachments')
export class MailAttachmentRecord extends TenantRecord {
  @Required() schemeId!: string;
  @Enum(MAIL_ATTACHMENT_KINDS) mailKind!: MailAttachmentKind;
  @Required() documentId!: string;
  @Required() name!: string;
  @Required() size!: number;
  @Required() createdBy!: string;
  @Required() createdAt!: Date;
}

export const MailAttachmentSchema = collectionSchema(MailAttachmentRecord, {
  tenantScoped: true,
  indexes: [
    // One filing of a document per mail; the mail's lookup and the list read by this prefix.
    [{ tenantId: 1, schemeId: 1, mailKind: 1, documentId: 1 }, { unique: true }],
  ],
});
