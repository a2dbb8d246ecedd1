import { handle, rpcHandlers } from '@certhub/platform';
import {
  AddMailAttachment,
  ListMailAttachments,
  OpenMailAttachmentsContext,
  RemoveMailAttachment,
} from './file-mail-attachments.usecases';

/** A CB's mail attachments: each use case reads the CB from the principal only. */
export const MailAttachmentsController = rpcHandlers(
  handle('notification.mail-attachments.context', OpenMailAttachmentsContext),
  handle('notification.mail-attachments.add', AddMailAttachment),
  handle('notification.mail-attachments.list', ListMailAttachments),
  handle('notification.mail-attachments.remove', RemoveMailAttachment),
);
