import { Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../app/feedback';
import { ListPages } from '../../app/ListPages';
import { formatNumber } from '../../lib/format';

/**
 * One page of a list the URL pages through: skeleton, error with a retry, the total announced,
 * the rows (or what to say when there are none) and the page numbers.
 */
export function PagedList<T>({
  query,
  page,
  pageSize,
  onPage,
  empty,
  children,
}: {
  query: UseQueryResult<{ items: T[]; total: number }>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  if (query.isPending) return <Loading lines={6} />;
  if (query.isError) return <LoadError error={query.error} retry={() => void query.refetch()} />;
  const { items, total } = query.data;
  return (
    <>
      <Text c="dimmed" aria-live="polite">
        {t('training.common.total', { count: total, formatted: formatNumber(total, i18n.language) })}
      </Text>
      {items.length ? children(items) : <Text>{empty}</Text>}
      <ListPages
        total={total}
        pageSize={pageSize}
        page={page}
        label={t('training.common.pagination')}
        onChange={onPage}
      />
    </>
  );
}
