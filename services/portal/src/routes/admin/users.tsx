import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/feedback';
import { UsersAdmin } from '../../features/admin/UsersAdmin';
import { usePageTitle } from '../../lib/title';

/** Platform staff's own users: invite within the ceiling, deactivate, reactivate. */
export const Route = createFileRoute('/admin/users')({
  pendingComponent: () => <Loading lines={6} />,
  component: PlatformUsers,
});

function PlatformUsers() {
  const { t } = useTranslation();
  usePageTitle(t('admin.users.title'));
  return <UsersAdmin title={t('admin.users.title')} />;
}
