import { CANDIDACY_STATUSES, CANDIDACY_STATUS_LABELS, type CandidacyStatus } from '@certhub/contracts';
import { Button, Group, Select, Stack, Title } from '@mantine/core';
import { Link, createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { AnchorLink } from '../../../app/links';
import { CandidateTable } from '../../../features/candidacy/CandidateTable';
import { ActiveFilter, useEstablishments, useTrainingRole } from '../../../features/candidacy/common';
import { idParam, oneOfParam, pageParam, textParam } from '../../../lib/search';
import { PagedList } from '../../../features/candidacy/PagedList';
import { ListFilters } from '../../../app/ListFilters';
import { useListPage } from '../../../app/list-page';
import { filledIn } from '../../../api/request-fields';

const PAGE_SIZE = 25;
const SORTS = ['-updatedAt', '-createdAt', 'reference', 'birthName'] as const;

interface Search {
  status?: CandidacyStatus;
  establishment?: string;
  active?: 'true' | 'false';
  sort?: (typeof SORTS)[number];
  page?: number;
}

/** Filters, sort and page in the URL: a reload or a shared link keeps them. */
export const Route = createFileRoute('/training/candidates/')({
  validateSearch: (s: Record<string, unknown>): Search => ({
    status: textParam<CandidacyStatus>(s['status']),
    establishment: idParam(s['establishment']),
    active: oneOfParam(['true', 'false'] as const, s['active']),
    sort: oneOfParam(SORTS, s['sort']),
    page: pageParam(s['page']),
  }),
  component: Candidates,
});

function Candidates() {
  const { t, i18n } = useTranslation();
  const role = useTrainingRole();
  const establishments = useEstablishments().data?.items ?? [];
  const { search, nav, query, paged } = useListPage(Route, {
    title: t('training.candidates.title'),
    queryKey: ['candidates', 'list'],
    pageSize: PAGE_SIZE,
    fetch: (search, paging) =>
      api.GET('/api/v1/candidates', {
        params: {
          query: {
            ...paging,
            sort: search.sort ?? '-updatedAt',
            ...filledIn({
              status: search.status && [search.status],
              establishmentId: search.establishment,
              active: search.active,
            }),
          },
        },
      }),
  });
  const labels = CANDIDACY_STATUS_LABELS[i18n.language === 'en' ? 'en' : 'fr'];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('training.candidates.title')}</Title>
        <Group>
          <AnchorLink to="/training/candidates/abandoned">
            {t('training.candidates.abandonedLink')}
          </AnchorLink>
          {role.network && (
            <Button component={Link} to="/training/candidates/new">
              {t('training.candidates.add')}
            </Button>
          )}
        </Group>
      </Group>
      <ListFilters
        words="training.candidates"
        reset="training.common.reset"
        search={search}
        nav={nav}
        filters={[
          {
            choice: 'status',
            choices: CANDIDACY_STATUSES,
            labels: (s) => labels[s],
            all: 'training.candidates.allStatuses',
            width: 280,
          },
          establishments.length > 1 && (
            <Select
              label={t('training.candidates.establishment')}
              placeholder={t('training.candidates.allEstablishments')}
              clearable
              searchable
              value={search.establishment ?? null}
              data={establishments.map((e) => ({ value: e.id, label: e.name }))}
              onChange={(value) => nav.set({ establishment: value ?? undefined })}
              w={260}
            />
          ),
          <ActiveFilter
            label={t('training.candidates.active')}
            placeholder={t('training.common.all')}
            value={search.active}
            onChange={(active) => nav.set({ active })}
            width={140}
          />,
          { sort: SORTS, fallback: '-updatedAt' },
        ]}
      />
      <PagedList {...paged} empty={t('training.candidates.empty')}>
        {(items) => <CandidateTable rows={items} busy={query.isFetching} />}
      </PagedList>
    </Stack>
  );
}
