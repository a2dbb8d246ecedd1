import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../app/feedback';
import { PartnerDetail } from '../../../features/admin/PartnersAdmin';
import { parsePartnerSearch } from '../../../features/admin/partner-search';

/** One partner client seen by the platform: its subscriptions, secret rotation, delivery log. */
export const Route = createFileRoute('/admin/partners/$partnerId')({
  validateSearch: parsePartnerSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: PartnerPage,
});

function PartnerPage() {
  const { t } = useTranslation();
  const navigate = Route.useNavigate();
  return (
    <PartnerDetail
      side="platform"
      listTitle={t('admin.partners.title')}
      partnerId={Route.useParams().partnerId}
      search={Route.useSearch()}
      onSearch={(next) => void navigate({ search: next, replace: true })}
    />
  );
}
