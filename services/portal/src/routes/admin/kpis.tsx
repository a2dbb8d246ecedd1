import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/feedback';
import { KpiDashboard } from '../../features/cb/kpis/KpiDashboard';
import { parseKpiSearch } from '../../features/cb/kpis/kpi-search';
import { usePageTitle } from '../../lib/title';

/** The platform's figures across CBs, or one CB's; the filters live in the URL. */
export const Route = createFileRoute('/admin/kpis')({
  validateSearch: parseKpiSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: PlatformKpis,
});

function PlatformKpis() {
  const { t } = useTranslation();
  const navigate = Route.useNavigate();
  usePageTitle(t('cb.kpis.platformTitle'));
  return (
    <KpiDashboard platform search={Route.useSearch()} onSearch={(search) => void navigate({ search })} />
  );
}
