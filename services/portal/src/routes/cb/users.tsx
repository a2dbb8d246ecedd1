import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/feedback';
import { UsersAdmin } from '../../features/admin/UsersAdmin';
import { usePageTitle } from '../../lib/title';

/** The CB administrator's staff: invite within his ceiling, deactivate, reactivate. */
export const Route = createFileRoute('/cb/users')({
  pendingComponent: () => <Loading lines={6} />,
  component: CbUsers,
});

function CbUsers() {
  const { t } = useTranslation();
  usePageTitle(t('admin.users.cbTitle'));
  return <UsersAdmin title={t('admin.users.cbTitle')} />;
}
