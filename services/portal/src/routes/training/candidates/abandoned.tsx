import type { Candidate } from '@certhub/contracts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { CandidateTable, candidateName } from '../../../features/candidacy/CandidateTable';
import { pageParam } from '../../../lib/search';
import { PagedList } from '../../../features/candidacy/PagedList';
import { usePageTitle } from '../../../lib/title';

const PAGE_SIZE = 25;

export const Route = createFileRoute('/training/candidates/abandoned')({
  validateSearch: (s: Record<string, unknown>): { page?: number } => ({ page: pageParam(s['page']) }),
  component: Abandoned,
});

const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * The abandons of the last 30 days as a CSV the spreadsheet opens (the API has no export route for
 * them): newest first, page by page until one is older than 30 days.
 */
async function exportLast30Days(): Promise<Candidate[]> {
  const since = Date.now() - 30 * 86_400_000;
  const rows: Candidate[] = [];
  for (let page = 1; ; page++) {
    const batch = await unwrap(
      api.GET('/api/v1/candidates', {
        params: { query: { status: ['abandoned'], sort: '-updatedAt', pageSize: 100, page } },
      }),
    );
    const recent = batch.items.filter((c) => Date.parse(c.updatedAt) >= since);
    rows.push(...(recent as Candidate[]));
    if (recent.length < batch.items.length || page * 100 >= batch.total) return rows;
  }
}

function Abandoned() {
  const { t } = useTranslation();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  usePageTitle(t('training.candidates.abandonedTitle'));
  const page = search.page ?? 1;
  const candidates = useQuery({
    queryKey: ['candidates', 'abandoned', page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates', {
          params: { query: { status: ['abandoned'], sort: '-updatedAt', page, pageSize: PAGE_SIZE } },
        }),
      ),
  });
  const download = useMutation({
    mutationFn: exportLast30Days,
    onSuccess: (rows) => {
      if (!rows.length) return;
      const header = [
        t('training.candidates.reference'),
        t('training.candidates.candidate'),
        t('training.candidates.establishment'),
        t('training.candidates.reason'),
        t('training.candidates.abandonedOn'),
      ];
      const lines = rows.map((c) =>
        [c.reference, candidateName(c), c.establishmentName, c.abandonReason ?? '', c.updatedAt.slice(0, 10)]
          .map(csvCell)
          .join(';'),
      );
      // The BOM makes spreadsheets read the accents as UTF-8.
      const blob = new Blob([`\uFEFF${[header.map(csvCell).join(';'), ...lines].join('\r\n')}`], {
        type: 'text/csv;charset=utf-8',
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `abandons-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    },
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('training.candidates.abandonedTitle')}</Title>
        <Button variant="light" loading={download.isPending} onClick={() => download.mutate()}>
          {t('training.candidates.export30')}
        </Button>
      </Group>
      {download.isSuccess && !download.data.length && (
        <Text role="status">{t('training.candidates.exportNone')}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('training.candidates.autoAbandonRule')}
      </Text>
      <PagedList
        query={candidates}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(next) => void navigate({ search: { page: next } })}
        empty={t('training.candidates.abandonedEmpty')}
      >
        {(items) => <CandidateTable rows={items} busy={candidates.isFetching} abandoned />}
      </PagedList>
    </Stack>
  );
}
