import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { LoadError, Loading } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { ListPages } from '../../app/ListPages';
import { DataTable } from '../../app/DataTable';
import { formatDate } from '../../lib/format';
import { SearchCard } from './SearchCard';
import './verify';
import { usePageQuery } from '../../app/page-query';
import { filledIn } from '../../api/request-fields';

export const REGISTER_STATUSES = ['valid', 'suspended', 'withdrawn', 'expired'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/** The register's search as the URL keeps it. */
export interface RegisterQuery {
  q?: string | undefined;
  cb?: string | undefined;
  status?: RegisterStatus | undefined;
  scheme?: string | undefined;
  page?: number | undefined;
}

const PAGE_SIZE = 20;

function Results({ query, onPage }: { query: RegisterQuery; onPage: (page: number) => void }) {
  const { t, i18n } = useTranslation();
  const page = query.page ?? 1;
  const results = usePageQuery(['registry', 'search', query], () =>
    api.GET('/api/v1/public/registry', {
      params: {
        query: {
          page,
          pageSize: PAGE_SIZE,
          ...filledIn({
            q: query.q,
            cb: query.cb,
            status: query.status,
            schemeId: query.scheme,
          }),
        },
      },
    }),
  );
  if (results.isPending) return <Loading lines={3} />;
  if (results.isError) return <LoadError error={results.error} retry={() => void results.refetch()} />;
  const { items, total } = results.data;
  if (!items.length) return <Text>{t('registry.noMatch')}</Text>;
  return (
    <Stack gap="xs">
      <Text c="dimmed" aria-live="polite">
        {t('registry.results', { count: total })}
      </Text>
      <DataTable
        items={items}
        rowKey="number"
        minWidth={700}
        verticalSpacing={7}
        aria-busy={results.isFetching}
        columns={[
          { header: t('registry.holder'), cell: (c) => c.holderName },
          {
            header: t('registry.number'),
            cell: (c) => (
              <AnchorLink to="/registry/$number" params={{ number: c.number }}>
                {c.number}
              </AnchorLink>
            ),
          },
          { header: t('registry.scheme'), cell: (c) => c.schemeTitle },
          { header: t('registry.cb'), cell: (c) => c.cbName },
          { header: t('registry.validUntil'), cell: (c) => formatDate(c.validUntil, i18n.language) },
          { header: t('registry.statusLabel'), cell: (c) => t(`registry.status.${c.status}`) },
        ]}
      />
      <ListPages
        total={total}
        pageSize={PAGE_SIZE}
        page={page}
        label={t('registry.pagination')}
        onChange={onPage}
      />
    </Stack>
  );
}

/**
 * The public register's search: part of the holder's name or the number, the CB's name, the scheme,
 * the live status. The route keeps it in the URL, so that a result can be shared.
 */
export function RegisterSearch({
  query,
  onSearch,
}: {
  query: RegisterQuery;
  onSearch: (query: RegisterQuery) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      q: query.q ?? '',
      cb: query.cb ?? '',
      scheme: query.scheme ?? '',
      status: (query.status ?? null) as string | null,
    },
  });
  const asked = Boolean(query.q || query.cb || query.status || query.scheme);
  return (
    <SearchCard
      id="in-register"
      title={t('registry.inRegister')}
      onSubmit={() => {
        const { q, cb, scheme, status } = form.getValues();
        onSearch({
          q: q.trim() || undefined,
          cb: cb.trim() || undefined,
          scheme: scheme.trim() || undefined,
          status: REGISTER_STATUSES.find((s) => s === status),
        });
      }}
    >
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap">
          <TextInput label={t('registry.nameOrNumber')} w={260} {...form.getInputProps('q')} />
          <TextInput label={t('registry.cb')} w={220} {...form.getInputProps('cb')} />
          <TextInput
            label={t('registry.scheme')}
            description={t('registry.schemeHint')}
            w={220}
            {...form.getInputProps('scheme')}
          />
          <Select
            label={t('registry.statusLabel')}
            placeholder={t('registry.anyStatus')}
            clearable
            data={REGISTER_STATUSES.map((s) => ({ value: s, label: t(`registry.status.${s}`) }))}
            w={220}
            {...form.getInputProps('status')}
          />
          <Button type="submit">{t('registry.search')}</Button>
        </Group>
        {asked && <Results query={query} onPage={(page) => onSearch({ ...query, page })} />}
      </Stack>
    </SearchCard>
  );
}
