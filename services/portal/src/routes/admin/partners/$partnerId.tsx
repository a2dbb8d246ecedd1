import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../../app/feedback';
import { PartnerDetail } from '../../../features/admin/PartnersAdmin';
import { parsePartnerSearch } from '../../../features/admin/partner-search';

/** One partner client seen by the platform: its subscriptions, secret rotation, delivery log. */
export const Route = createFileRoute('/admin/partners/$partnerId')({
  validateSearch: parsePartnerSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: () => <PartnerDetail side="platform" />,
});
