import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../app/feedback';
import { KpiDashboard } from '../../features/cb/kpis/KpiDashboard';
import { parseKpiSearch } from '../../features/cb/kpis/kpi-search';

/** The CB's figures; its filters live in the URL. */
export const Route = createFileRoute('/cb/kpis')({
  validateSearch: parseKpiSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: () => <KpiDashboard />,
});
