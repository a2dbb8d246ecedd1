import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../../app/feedback';
import { PartnerList } from '../../../features/admin/PartnersAdmin';
import { parsePartnerListSearch } from '../../../features/admin/partner-search';

/**
 * The partner API clients a CB created, restricted to it: the list (each opening its subscriptions
 * and delivery log) and a new one, whose secret is shown once. The CB admin's alone (the API's rule).
 */
export const Route = createFileRoute('/cb/partners/')({
  validateSearch: parsePartnerListSearch,
  pendingComponent: () => <Loading lines={6} />,
  component: () => <PartnerList side="cb" />,
});
