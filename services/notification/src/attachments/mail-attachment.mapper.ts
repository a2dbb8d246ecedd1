import type { MailAttachment } from '@certhub/contracts';
import type { MailAttachmentRecord } from './mail-attachment.schema';

export function toMailAttachmentResponse(record: MailAttachmentRecord): MailAttachment {
  return {
    id: record._id,
    schemeId: record.schemeId,
    mailKind: record.mailKind,
    documentId: record.documentId,
    name: record.name,
    size: record.size,
    createdBy: record.createdBy,
    createdAt: record.createdAt.toISOString(),
  };
}
