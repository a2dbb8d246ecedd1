import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../app/feedback';
import { MailAttachments } from '../../features/cb/mail-attachments/MailAttachments';

/** The CB administrator's documents sent with his schemes' questionnaire and decision mails. */
export const Route = createFileRoute('/cb/mail-attachments')({
  pendingComponent: () => <Loading lines={6} />,
  component: MailAttachments,
});
