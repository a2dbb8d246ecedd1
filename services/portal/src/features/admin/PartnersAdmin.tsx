import { Alert, Button, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { FormError, LoadError, Loading, QueryList } from '../../app/feedback';
import { DataTable } from '../../app/DataTable';
import { AnchorLink } from '../../app/links';
import { ListPages } from '../../app/ListPages';
import { usePrincipal } from '../../app/session';
import { formatDate } from '../../lib/format';
import { placeFieldErrors } from '../../lib/forms';
import { usePageTitle } from '../../lib/title';
import { TypedFilter } from '../../app/TypedFilter';
import { PartnerDeliveries } from './PartnerDeliveries';
import { PartnerSubscriptions } from './PartnerSubscriptions';
import type { PartnerListSearch, PartnerSearch } from './partner-search';
import '../../i18n/admin';
import { SectionCard } from '../../app/SectionCard';
import { usePageQuery } from '../../app/page-query';
import { Hint } from '../../app/Hint';

const PAGE_SIZE = 25;

/**
 * Who manages the partners: the platform's administrator (every partner, any scope) or a CB's
 * (the partners his CB created, restricted to it: the API scopes both the list and each partner).
 */
export type PartnerSide = 'platform' | 'cb';

/** Each side's pages: the list's title (the detail's until its partner is read) and its routes. */
const SIDES = {
  platform: { title: 'admin.partners.title', list: '/admin/partners/', detail: '/admin/partners/$partnerId' },
  cb: { title: 'admin.partners.cbTitle', list: '/cb/partners/', detail: '/cb/partners/$partnerId' },
} as const;

function PartnerLink({
  side,
  partnerId,
  children,
}: {
  side: PartnerSide;
  partnerId: string;
  children: ReactNode;
}) {
  return side === 'cb' ? (
    <AnchorLink to="/cb/partners/$partnerId" params={{ partnerId }}>
      {children}
    </AnchorLink>
  ) : (
    <AnchorLink to="/admin/partners/$partnerId" params={{ partnerId }}>
      {children}
    </AnchorLink>
  );
}

function BackToPartners({ side }: { side: PartnerSide }) {
  const { t } = useTranslation();
  return (
    <Text>
      {side === 'cb' ? (
        <AnchorLink to="/cb/partners">{t('admin.partners.back')}</AnchorLink>
      ) : (
        <AnchorLink to="/admin/partners">{t('admin.partners.back')}</AnchorLink>
      )}
    </Text>
  );
}

/** A new partner client, its secret shown once; a CB's is restricted to that CB. */
function CreatePartner({ side }: { side: PartnerSide }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const cbId = usePrincipal().data?.tenantId;
  const form = useForm({ mode: 'controlled', initialValues: { name: '' } });
  const create = useMutation({
    mutationFn: ({ name }: { name: string }) =>
      unwrap(api.POST('/api/v1/partners', { body: { name, scope: side === 'cb' && cbId ? { cbId } : {} } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partners'] }),
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <SectionCard id="partner-create" title={t('admin.partners.create')}>
      {side === 'cb' && (
        <Text size="sm" mb="sm">
          {t('admin.partners.cbScope')}
        </Text>
      )}
      <form onSubmit={form.onSubmit((values) => create.mutate(values))}>
        <Group align="flex-end">
          <TextInput label={t('admin.partners.name')} required w={280} {...form.getInputProps('name')} />
          <Button type="submit" loading={create.isPending} disabled={!form.values.name.trim()}>
            {t('admin.partners.createSubmit')}
          </Button>
        </Group>
      </form>
      {create.data && (
        <Alert color="yellow" mt="sm" role="status">
          {t('admin.partners.secret', { name: create.data.partner.name })}{' '}
          <Code>{create.data.clientSecret}</Code>
        </Alert>
      )}
      <FormError error={create.error} message={(message) => t('admin.users.failed', { message })} />
    </SectionCard>
  );
}

/**
 * Partner API clients, searched by name and paged in the URL, each opening its subscriptions and
 * delivery log; then a new client.
 */
export function PartnerList({ side }: { side: PartnerSide }) {
  const { t, i18n } = useTranslation();
  const search: PartnerListSearch = useSearch({ from: SIDES[side].list });
  const navigate = useNavigate({ from: SIDES[side].list });
  const onSearch = (next: PartnerListSearch) => void navigate({ search: next, replace: true });
  const title = t(SIDES[side].title);
  usePageTitle(title);
  const page = search.page ?? 1;
  const partners = usePageQuery(['partners', search], () =>
    api.GET('/api/v1/partners', {
      params: {
        query: { page, pageSize: PAGE_SIZE, sort: 'name', ...(search.q ? { q: search.q } : {}) },
      },
    }),
  );
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      <TypedFilter
        label={t('admin.partners.search')}
        placeholder={t('admin.partners.searchHint')}
        value={search.q ?? ''}
        onChange={(q) => onSearch({ q: q || undefined })}
        width={280}
      />
      <QueryList query={partners} lines={4} empty={<Text>{t('admin.partners.none')}</Text>}>
        {(data) => (
          <>
            <DataTable
              aria-busy={partners.isFetching}
              caption={t('admin.partners.total', { count: data.total })}
              items={data.items}
              rowKey="id"
              columns={[
                {
                  header: t('admin.partners.name'),
                  cell: (p) => (
                    <PartnerLink side={side} partnerId={p.id}>
                      {p.name}
                    </PartnerLink>
                  ),
                },
                { header: t('admin.partners.clientId'), cell: (p) => <Code>{p.clientId}</Code> },
                side === 'platform' && { header: t('admin.partners.owner'), cell: (p) => p.ownerTenantId },
                {
                  header: t('admin.partners.scope'),
                  cell: (p) =>
                    [p.scope.cbId, p.scope.schemeId].filter(Boolean).join(' · ') ||
                    t('admin.partners.anyScope'),
                },
                { header: t('admin.partners.created'), cell: (p) => formatDate(p.createdAt, i18n.language) },
              ]}
            />
            <ListPages
              total={data.total}
              pageSize={PAGE_SIZE}
              page={page}
              label={t('admin.partners.pagination')}
              onChange={(next) => onSearch({ ...search, page: next })}
            />
          </>
        )}
      </QueryList>
      <CreatePartner side={side} />
      <Hint>{t('admin.partners.selfService')}</Hint>
    </Stack>
  );
}

/** One partner client: its subscriptions with the secret rotation, and its delivery log. */
export function PartnerDetail({ side }: { side: PartnerSide }) {
  const { t } = useTranslation();
  const { partnerId } = useParams({ from: SIDES[side].detail });
  const search: PartnerSearch = useSearch({ from: SIDES[side].detail });
  const navigate = useNavigate({ from: SIDES[side].detail });
  const onSearch = (next: PartnerSearch) => void navigate({ search: next, replace: true });
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
  usePageTitle(partner.data ? t('admin.partners.open', { name: partner.data.name }) : t(SIDES[side].title));
  if (partner.isPending || subscriptions.isPending) return <Loading lines={8} />;
  if (partner.isError) {
    // Another CB's partner is "not found" too: the API never says it exists.
    const missing = partner.error instanceof ApiError && partner.error.problem.status === 404;
    return (
      <Stack>
        {missing ? (
          <Title order={1}>{t('admin.partners.notFound')}</Title>
        ) : (
          <LoadError error={partner.error} />
        )}
        <BackToPartners side={side} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <BackToPartners side={side} />
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
            onSearch={onSearch}
          />
        </>
      )}
    </Stack>
  );
}
