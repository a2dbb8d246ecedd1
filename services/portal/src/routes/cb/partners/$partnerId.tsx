import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../../app/feedback';
import { PartnerDetail } from '../../../features/admin/PartnersAdmin';
import { parsePartnerSearch } from '../../../features/admin/partner-search';

/** One partner client of the CB (another CB's is not found): its subscriptions, secret rotation, delivery log. */
export const Route = createFileRoute('/cb/partners/$partnerId')({
  validateSearch: parsePartnerSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: () => <PartnerDetail side="cb" />,
});
