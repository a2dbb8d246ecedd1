import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../app/feedback';
import { dayParam, idParam } from '../../lib/search';
import { RegisterFigures } from '../../features/complaints/RegisterFigures';

/** The complaints and appeals register in figures, and its Excel export (what an assessor asks for). */
export const Route = createFileRoute('/complaints/statistics')({
  validateSearch: (search: Record<string, unknown>): { cb?: string; from?: string; to?: string } => ({
    cb: idParam(search['cb']),
    from: dayParam(search['from']),
    to: dayParam(search['to']),
  }),
  pendingComponent: () => <Loading lines={6} />,
  component: RegisterFigures,
});
