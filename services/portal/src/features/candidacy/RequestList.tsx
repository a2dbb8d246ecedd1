import { Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StateFilter, requestListQuery, useEstablishmentNames, useTrainingRole } from './common';
import { PagedList } from './PagedList';

const PAGE_SIZE = 25;

/**
 * Where a request list (habilitations, transfers) stands: its state in the URL, else the pending
 * requests for the certifier who decides them and every one for the training side; the API query
 * of its page.
 */
export function useRequestList<S extends string>(search: { status?: S | 'all'; page?: number }) {
  const role = useTrainingRole();
  const names = useEstablishmentNames();
  // Every request list has a pending state: the certifier's work.
  const status = search.status ?? (role.certifier ? ('pending' as S) : 'all');
  const page = search.page ?? 1;
  return { role, names, status, page, query: requestListQuery(status, page, PAGE_SIZE) };
}

/**
 * A request list's page: its heading, the state filter and the requests' page. Its words are
 * `${words}.state`, `.allStates`, `.statuses.<state>` and `.empty`.
 */
export function RequestListPage<S extends string, T>({
  title,
  explain,
  words,
  states,
  status,
  onStatus,
  query,
  page,
  onPage,
  children,
}: {
  title: string;
  explain?: string;
  words: string;
  states: readonly S[];
  status: S | 'all';
  onStatus: (status: S | 'all' | undefined) => void;
  query: UseQueryResult<{ items: T[]; total: number }>;
  page: number;
  onPage: (page: number) => void;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      {explain && <Text size="sm">{explain}</Text>}
      <StateFilter words={words} states={states} value={status} onChange={onStatus} />
      <PagedList query={query} page={page} pageSize={PAGE_SIZE} onPage={onPage} empty={t(`${words}.empty`)}>
        {children}
      </PagedList>
    </Stack>
  );
}
