import { handle, rpcHandlers } from '@certhub/platform';
import { SendMail } from './send-mail/send-mail.usecase';

export const MailController = rpcHandlers(handle('notification.mails.send', SendMail));
