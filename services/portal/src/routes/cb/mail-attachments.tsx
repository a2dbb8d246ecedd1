import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/feedback';
import { MailAttachments } from '../../features/cb/mail-attachments/MailAttachments';
import { usePageTitle } from '../../lib/title';

/** The CB administrator's documents sent with his schemes' questionnaire and decision mails. */
export const Route = createFileRoute('/cb/mail-attachments')({
  pendingComponent: () => <Loading lines={6} />,
  component: CbMailAttachments,
});

function CbMailAttachments() {
  const { t } = useTranslation();
  usePageTitle(t('mailAttachments.title'));
  return <MailAttachments />;
}
