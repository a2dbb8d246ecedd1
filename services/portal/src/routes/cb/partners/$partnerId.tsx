import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../app/feedback';
import { PartnerDetail } from '../../../features/admin/PartnersAdmin';
import { parsePartnerSearch } from '../../../features/admin/partner-search';

/** One partner client of the CB (another CB's is not found): its subscriptions, secret rotation, delivery log. */
export const Route = createFileRoute('/cb/partners/$partnerId')({
  validateSearch: parsePartnerSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: PartnerPage,
});

function PartnerPage() {
  const { t } = useTranslation();
  const navigate = Route.useNavigate();
  return (
    <PartnerDetail
      side="cb"
      listTitle={t('admin.partners.cbTitle')}
      partnerId={Route.useParams().partnerId}
      search={Route.useSearch()}
      onSearch={(next) => void navigate({ search: next, replace: true })}
    />
  );
}
