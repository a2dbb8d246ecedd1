import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../../app/feedback';
import { Schemes } from '../../../features/admin/SchemesTable';

/** The schemes shared by every CB, read only: each one's versions (each opened read only), levels and sizes. */
export const Route = createFileRoute('/admin/schemes/')({
  pendingComponent: () => <Loading lines={6} />,
  component: Schemes,
});
