import { Button, Group, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { FormError } from '../../../app/feedback';
import { CandidateTable } from '../../../features/candidacy/CandidateTable';
import { downloadFile } from '../../../features/upload/transfer';
import { pageParam } from '../../../lib/search';
import { PagedList } from '../../../features/candidacy/PagedList';
import { usePageTitle } from '../../../lib/title';
import { usePageQuery } from '../../../app/page-query';
import { Hint } from '../../../app/Hint';

const PAGE_SIZE = 25;

export const Route = createFileRoute('/training/candidates/abandoned')({
  validateSearch: (s: Record<string, unknown>): { page?: number } => ({ page: pageParam(s['page']) }),
  component: Abandoned,
});

function Abandoned() {
  const { t } = useTranslation();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  usePageTitle(t('training.candidates.abandonedTitle'));
  const page = search.page ?? 1;
  const candidates = usePageQuery(['candidates', 'abandoned', page], () =>
    api.GET('/api/v1/candidates', {
      params: { query: { status: ['abandoned'], sort: '-updatedAt', page, pageSize: PAGE_SIZE } },
    }),
  );
  // The analytics service's workbook: the abandons of the last 30 days within the caller's perimeter.
  const download = useMutation({
    mutationFn: () =>
      downloadFile(
        '/api/v1/candidacy-stats/abandoned/export?days=30',
        `abandons-${new Date().toISOString().slice(0, 10)}.xlsx`,
      ),
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('training.candidates.abandonedTitle')}</Title>
        <Button variant="light" loading={download.isPending} onClick={() => download.mutate()}>
          {t('training.candidates.export30')}
        </Button>
      </Group>
      <FormError error={download.error} message={(message) => t('training.common.failed', { message })} />
      <Hint>{t('training.candidates.autoAbandonRule')}</Hint>
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
