import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../../app/feedback';
import { PartnerList } from '../../../features/admin/PartnersAdmin';
import { parsePartnerListSearch } from '../../../features/admin/partner-search';

/**
 * Partner API clients of every owner: the list (each opening its subscriptions and delivery log)
 * and a new client, whose secret is shown once.
 */
export const Route = createFileRoute('/admin/partners/')({
  validateSearch: parsePartnerListSearch,
  pendingComponent: () => <Loading lines={6} />,
  component: () => <PartnerList side="platform" />,
});
