import { Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { isValidElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTotal } from '../lib/format';
import { LoadError, Loading } from './feedback';
import { ListPages } from './ListPages';
import { DataTable, type Columns, type RowKey } from './DataTable';

/**
 * One page of a list whose filters and page live in the URL: a skeleton while the first page
 * loads, the error with a retry, what to say when nothing matches, else the table (marked busy
 * while the next page loads behind the one shown) and the page numbers.
 */
export function PagedTable<T>({
  query,
  columns,
  rowKey,
  empty,
  minWidth,
  loadingLines = 8,
  page,
  pageSize,
  pagination,
  onPage,
}: {
  query: UseQueryResult<{ items: T[]; total: number }>;
  columns: Columns<T>;
  rowKey: RowKey<T>;
  empty: ReactNode;
  /** Wider tables scroll sideways on a narrow screen instead of squeezing their cells. */
  minWidth?: number;
  loadingLines?: number;
  page: number;
  pageSize: number;
  /** The page numbers' accessible name. */
  pagination: string;
  onPage: (page: number) => void;
}) {
  if (query.isPending) return <Loading lines={loadingLines} />;
  if (query.isError) return <LoadError error={query.error} retry={() => void query.refetch()} />;
  const { items, total } = query.data;
  if (!items.length) return isValidElement(empty) ? empty : <Text>{empty}</Text>;
  return (
    <>
      <DataTable
        items={items}
        columns={columns}
        rowKey={rowKey}
        minWidth={minWidth}
        highlightOnHover
        aria-busy={query.isFetching}
      />
      <ListPages total={total} pageSize={pageSize} page={page} label={pagination} onChange={onPage} />
    </>
  );
}

/** How many rows the filters match, announced as the count changes. */
export function ListTotal({
  page,
  i18nKey,
}: {
  page: { total: number; totalIsLowerBound?: boolean } | undefined;
  i18nKey: string;
}) {
  const { t, i18n } = useTranslation();
  if (!page) return null;
  // A list the store stopped counting says "1 000+" (the API's totalIsLowerBound).
  return (
    <Text c="dimmed" aria-live="polite">
      {t(i18nKey, { count: page.total, formatted: formatTotal(page, i18n.language) })}
    </Text>
  );
}
