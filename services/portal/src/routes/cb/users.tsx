import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../app/feedback';
import { UsersAdmin } from '../../features/admin/UsersAdmin';

/** The CB administrator's staff: invite within his ceiling, deactivate, reactivate. */
export const Route = createFileRoute('/cb/users')({
  pendingComponent: () => <Loading lines={6} />,
  component: () => <UsersAdmin side="cb" />,
});
