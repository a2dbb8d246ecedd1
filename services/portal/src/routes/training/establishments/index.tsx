import { Button, Group, Stack, Title } from '@mantine/core';
import { Link, createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { AnchorLink } from '../../../app/links';
import { TypedFilter } from '../../../app/TypedFilter';
import { ActiveFilter, useTrainingRole } from '../../../features/candidacy/common';
import { idParam, oneOfParam, pageParam, queryParam } from '../../../lib/search';
import { PagedList } from '../../../features/candidacy/PagedList';
import { usePageTitle } from '../../../lib/title';
import { FilterBar } from '../../../app/ListFilters';
import { useListSearch } from '../../../app/list-navigation';
import { DataTable } from '../../../app/DataTable';
import { usePageQuery } from '../../../app/page-query';
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
  const { search, page, nav } = useListSearch<Search>(Route);
  const role = useTrainingRole();
  usePageTitle(t('training.establishments.title'));
  const establishments = usePageQuery(['establishments', 'list', search], () =>
    api.GET('/api/v1/establishments', {
      params: {
        query: {
          page,
          pageSize: PAGE_SIZE,
          sort: 'name',
          ...filledIn({
            trainingOrganisationId: search.organisation,
            q: search.q,
            active: search.active,
          }),
        },
      },
    }),
  );
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
      <FilterBar reset={t('training.common.reset')} onReset={nav.reset}>
        <TypedFilter
          label={t('training.common.search')}
          placeholder={t('training.common.searchHint')}
          value={search.q ?? ''}
          onChange={(q) => nav.set({ q: q || undefined })}
          width={280}
        />
        <ActiveFilter
          label={t('training.establishments.active')}
          placeholder={t('training.establishments.allStates')}
          value={search.active}
          onChange={(active) => nav.set({ active })}
          width={180}
        />
      </FilterBar>
      <PagedList
        query={establishments}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={nav.page}
        empty={t('training.establishments.empty')}
      >
        {(items) => (
          <DataTable
            items={items}
            rowKey="id"
            minWidth={760}
            aria-busy={establishments.isFetching}
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
