import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../app/feedback';
import { KpiDashboard } from '../../features/cb/kpis/KpiDashboard';
import { parseKpiSearch } from '../../features/cb/kpis/kpi-search';

/** The platform's figures across CBs, or one CB's; the filters live in the URL. */
export const Route = createFileRoute('/admin/kpis')({
  validateSearch: parseKpiSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: () => <KpiDashboard platform />,
});
