import { Code, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../../api/client';
import { LoadError, Loading } from '../../../app/feedback';
import { AnchorLink } from '../../../app/links';
import { PartnerDeliveries } from '../../../features/admin/PartnerDeliveries';
import { PartnerSubscriptions } from '../../../features/admin/PartnerSubscriptions';
import { parsePartnerSearch } from '../../../features/admin/partner-search';
import { usePageTitle } from '../../../lib/title';
import '../../../i18n/admin';

/** One partner client seen by the platform: its subscriptions, secret rotation, delivery log. */
export const Route = createFileRoute('/admin/partners/$partnerId')({
  validateSearch: parsePartnerSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: PartnerPage,
});

function PartnerPage() {
  const { t } = useTranslation();
  const { partnerId } = Route.useParams();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const partner = useQuery({
    queryKey: ['partner', partnerId],
    queryFn: () => unwrap(api.GET('/api/v1/partners/{partnerId}', { params: { path: { partnerId } } })),
  });
  const subscriptions = useQuery({
    queryKey: ['partner', partnerId, 'subscriptions'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partners/{partnerId}/subscriptions', {
          params: { path: { partnerId }, query: { pageSize: 100 } },
        }),
      ),
  });
  usePageTitle(
    partner.data ? t('admin.partners.open', { name: partner.data.name }) : t('admin.partners.title'),
  );
  const back = (
    <Text>
      <AnchorLink to="/admin/partners">{t('admin.partners.back')}</AnchorLink>
    </Text>
  );
  if (partner.isPending || subscriptions.isPending) return <Loading lines={8} />;
  if (partner.isError) {
    const missing = partner.error instanceof ApiError && partner.error.problem.status === 404;
    return (
      <Stack>
        {missing ? (
          <Title order={1}>{t('admin.partners.notFound')}</Title>
        ) : (
          <LoadError error={partner.error} />
        )}
        {back}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {back}
      <Title order={1}>{t('admin.partners.open', { name: partner.data.name })}</Title>
      <Text>
        {t('admin.partners.clientId')} <Code>{partner.data.clientId}</Code>
      </Text>
      {subscriptions.isError ? (
        <LoadError error={subscriptions.error} retry={() => void subscriptions.refetch()} />
      ) : (
        <>
          <PartnerSubscriptions partnerId={partnerId} subscriptions={subscriptions.data.items} />
          <PartnerDeliveries
            partnerId={partnerId}
            subscriptions={subscriptions.data.items}
            search={search}
            onSearch={(next) => void navigate({ search: next, replace: true })}
          />
        </>
      )}
    </Stack>
  );
}
