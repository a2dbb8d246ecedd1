import { Button, Group, Stack, Title } from '@mantine/core';
import { Link, createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { AnchorLink } from '../../../app/links';
import { ActiveFilter, useTrainingRole } from '../../../features/candidacy/common';
import { idParam, oneOfParam, pageParam, queryParam } from '../../../lib/search';
import { PagedList } from '../../../features/candidacy/PagedList';
import { ListFilters } from '../../../app/ListFilters';
import { useListPage } from '../../../app/list-page';
import { DataTable } from '../../../app/DataTable';
import { filledIn } from '../../../api/request-fields';

const PAGE_SIZE = 25;

interface Search {
  organisation?: string;
  q?: string;
  active?: 'true' | 'false';
  page?: number;
}

export const Route = createFileRoute('/training/establishments/')({
  validateSearch: (s: Record<string, unknown>): Search => ({
    organisation: idParam(s['organisation']),
    q: queryParam(s['q'], 100),
    active: oneOfParam(['true', 'false'] as const, s['active']),
    page: pageParam(s['page']),
  }),
  component: Establishments,
});

function Establishments() {
  const { t } = useTranslation();
  const role = useTrainingRole();
  const { search, nav, query, paged } = useListPage(Route, {
    title: t('training.establishments.title'),
    queryKey: ['establishments', 'list'],
    pageSize: PAGE_SIZE,
    fetch: (search, paging) =>
      api.GET('/api/v1/establishments', {
        params: {
          query: {
            ...paging,
            sort: 'name',
            ...filledIn({
              trainingOrganisationId: search.organisation,
              q: search.q,
              active: search.active,
            }),
          },
        },
      }),
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('training.establishments.title')}</Title>
        {role.admin && !role.establishmentId && (
          <Button
            renderRoot={(props) => (
              <Link
                {...props}
                to="/training/establishments/new"
                search={{ organisation: search.organisation }}
              />
            )}
          >
            {t('training.establishments.add')}
          </Button>
        )}
      </Group>
      <ListFilters
        words="training.establishments"
        reset="training.common.reset"
        search={search}
        nav={nav}
        filters={[
          { text: 'q', label: 'training.common.search', width: 280 },
          <ActiveFilter
            label={t('training.establishments.active')}
            placeholder={t('training.establishments.allStates')}
            value={search.active}
            onChange={(active) => nav.set({ active })}
            width={180}
          />,
        ]}
      />
      <PagedList {...paged} empty={t('training.establishments.empty')}>
        {(items) => (
          <DataTable
            items={items}
            rowKey="id"
            minWidth={760}
            aria-busy={query.isFetching}
            columns={[
              {
                header: t('training.establishments.name'),
                cell: (e) => (
                  <AnchorLink
                    to="/training/establishments/$establishmentId"
                    params={{ establishmentId: e.id }}
                  >
                    {e.name}
                  </AnchorLink>
                ),
              },
              { header: 'SIRET', mono: true, cell: (e) => e.siret },
              {
                header: t('training.establishments.address'),
                cell: (e) => `${e.address.line1}, ${e.address.postalCode} ${e.address.city}`,
              },
              {
                header: t('training.establishments.region'),
                cell: (e) => t(`training.establishments.regions.${e.region}`),
              },
              {
                header: t('training.establishments.active'),
                cell: (e) => (e.active ? t('training.common.yes') : t('training.common.no')),
              },
            ]}
          />
        )}
      </PagedList>
    </Stack>
  );
}
