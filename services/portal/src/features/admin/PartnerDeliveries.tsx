import { Button, Code, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError, ToneBadge } from '../../app/feedback';
import { PagedTable } from '../../app/PagedTable';
import { formatDateTime } from '../../lib/format';
import { DELIVERY_STATUSES, type PartnerSearch } from './partner-search';
import type { Subscription } from './PartnerSubscriptions';
import '../../i18n/admin';
import { ChoiceFilter } from '../../app/ChoiceFilter';
import { usePageQuery } from '../../app/page-query';
import { filledIn } from '../../api/request-fields';

const PAGE_SIZE = 20;
const STATUS_COLOR = { pending: 'blue', delivered: 'green', dead_letter: 'red' } as const;

/**
 * The partner's delivery log, newest first, filtered by state and subscription (in the URL). A
 * webhook delivered or given up may go again; a stream subscriber re-reads its feed instead.
 */
export function PartnerDeliveries({
  partnerId,
  subscriptions,
  search,
  onSearch,
}: {
  partnerId: string;
  subscriptions: readonly Subscription[];
  search: PartnerSearch;
  onSearch: (patch: PartnerSearch) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const page = search.page ?? 1;
  const deliveries = usePageQuery(['partner', partnerId, 'deliveries', search], () =>
    api.GET('/api/v1/partners/{partnerId}/deliveries', {
      params: {
        path: { partnerId },
        query: {
          page,
          pageSize: PAGE_SIZE,
          ...filledIn({
            status: search.status,
            subscriptionId: search.subscription,
          }),
        },
      },
    }),
  );
  const redeliver = useMutation({
    mutationFn: (deliveryId: string) =>
      unwrap(
        api.POST('/api/v1/partners/{partnerId}/deliveries/{deliveryId}/redeliver', {
          params: { path: { partnerId, deliveryId } },
          body: {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partner', partnerId, 'deliveries'] }),
  });
  const webhooks = new Set(subscriptions.filter((s) => s.delivery.kind === 'webhook').map((s) => s.id));
  return (
    <Stack component="section" aria-labelledby="partner-deliveries" gap="sm">
      <Title order={2} size="h3" id="partner-deliveries">
        {t('admin.partners.deliveries')}
      </Title>
      <Group align="flex-end">
        <ChoiceFilter
          label={t('admin.partners.status')}
          placeholder={t('admin.partners.anyStatus')}
          value={search.status}
          choices={DELIVERY_STATUSES}
          labelOf={(s) => t(`admin.partners.statuses.${s}`)}
          onChange={(status) => onSearch({ ...search, status, page: undefined })}
          width={200}
        />
        <Select
          label={t('admin.partners.subscription')}
          placeholder={t('admin.partners.anySubscription')}
          clearable
          value={search.subscription ?? null}
          data={subscriptions.map((s) => ({
            value: s.id,
            label: s.delivery.kind === 'webhook' ? s.delivery.url : t('admin.partners.stream'),
          }))}
          onChange={(value) => onSearch({ ...search, subscription: value ?? undefined, page: undefined })}
          w={320}
        />
      </Group>
      <PagedTable
        query={deliveries}
        rowKey="id"
        columns={[
          { header: t('admin.partners.event'), cell: (d) => <Code>{d.eventType}</Code> },
          { header: t('admin.partners.eventTime'), cell: (d) => formatDateTime(d.eventTime, i18n.language) },
          {
            header: t('admin.partners.status'),
            cell: (d) => (
              <>
                <ToneBadge color={STATUS_COLOR[d.status]}>
                  {t(`admin.partners.statuses.${d.status}`)}
                </ToneBadge>
                {d.nextAttemptAt && d.status === 'pending' && (
                  <Text size="sm">
                    {t('admin.partners.nextAttempt', {
                      date: formatDateTime(d.nextAttemptAt, i18n.language),
                    })}
                  </Text>
                )}
              </>
            ),
          },
          { header: t('admin.partners.attempts'), cell: (d) => d.attempts },
          {
            header: t('admin.partners.lastAnswer'),
            cell: (d) =>
              d.lastAttempt &&
              [d.lastAttempt.statusCode, d.lastAttempt.error].filter((v) => v !== undefined).join(' · '),
          },
          {
            header: '',
            cell: (d) =>
              webhooks.has(d.subscriptionId) &&
              d.status !== 'pending' && (
                <Button
                  size="xs"
                  variant="subtle"
                  loading={redeliver.isPending && redeliver.variables === d.id}
                  onClick={() => redeliver.mutate(d.id)}
                  aria-label={`${t('admin.partners.redeliver')} ${d.eventType} ${formatDateTime(d.eventTime, i18n.language)}`}
                >
                  {t('admin.partners.redeliver')}
                </Button>
              ),
          },
        ]}
        empty={t('admin.partners.noDeliveries')}
        loadingLines={4}
        page={page}
        pageSize={PAGE_SIZE}
        pagination={t('admin.partners.deliveriesPagination')}
        onPage={(next) => onSearch({ ...search, page: next > 1 ? next : undefined })}
      />
      {redeliver.isSuccess && <Text role="status">{t('admin.partners.redelivered')}</Text>}
      <FormError error={redeliver.error} message={(message) => t('admin.partners.failed', { message })} />
    </Stack>
  );
}
