import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/feedback';
import { KpiDashboard } from '../../features/cb/kpis/KpiDashboard';
import { parseKpiSearch } from '../../features/cb/kpis/kpi-search';
import { usePageTitle } from '../../lib/title';

/** The CB's figures; its filters live in the URL. */
export const Route = createFileRoute('/cb/kpis')({
  validateSearch: parseKpiSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: CbKpis,
});

function CbKpis() {
  const { t } = useTranslation();
  const navigate = Route.useNavigate();
  usePageTitle(t('cb.kpis.title'));
  return (
    <KpiDashboard
      search={Route.useSearch()}
      onSearch={(search) => void navigate({ search: { ...search, cb: undefined } })}
    />
  );
}
