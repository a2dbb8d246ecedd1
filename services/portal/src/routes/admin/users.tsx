import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../app/feedback';
import { UsersAdmin } from '../../features/admin/UsersAdmin';

/** Platform staff's own users: invite within the ceiling, deactivate, reactivate. */
export const Route = createFileRoute('/admin/users')({
  pendingComponent: () => <Loading lines={6} />,
  component: () => <UsersAdmin side="platform" />,
});
