import { DossierStatusSchema, type DossierStatus } from '@certhub/contracts';
import { Group, Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/links';
import { api } from '../../api/client';
import { StatusBadge } from '../../app/feedback';
import { useNames } from '../../app/names';
import { pageParam, textParam } from '../../lib/search';
import { ChoiceFilter } from '../../app/ChoiceFilter';
import { ListTotal, PagedTable } from '../../app/PagedTable';
import { useListPage } from '../../app/list-page';
import { filledIn } from '../../api/request-fields';

const PAGE_SIZE = 20;

/** Page and filter live in the URL: a reload, a shared link or the back button keep them. */
export const Route = createFileRoute('/dossiers/')({
  validateSearch: (search: Record<string, unknown>): { page?: number; status?: DossierStatus } => ({
    page: pageParam(search['page']),
    status: textParam<DossierStatus>(search['status']),
  }),
  component: DossierList,
});

function DossierList() {
  const { t } = useTranslation();
  const names = useNames();
  const { search, nav, query, paged } = useListPage(Route, {
    title: t('dossiers.title'),
    queryKey: ['dossiers'],
    pageSize: PAGE_SIZE,
    fetch: (search, paging) =>
      api.GET('/api/v1/dossiers', {
        params: { query: { ...paging, sort: '-updatedAt', ...filledIn({ status: search.status }) } },
      }),
  });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('dossiers.title')}</Title>
      <Group justify="space-between" align="flex-end">
        <ChoiceFilter
          label={t('dossiers.status')}
          placeholder={t('dossiers.allStatuses')}
          value={search.status}
          choices={DossierStatusSchema.options}
          labelOf={(s) => t(`status.${s}`)}
          onChange={(status) => nav.set({ status })}
          width={280}
        />
        <ListTotal page={query.data} i18nKey="dossiers.total" />
      </Group>
      <PagedTable
        {...paged}
        rowKey="id"
        columns={[
          {
            header: t('dossiers.reference'),
            nowrap: true,
            cell: (d) => (
              <AnchorLink to="/dossiers/$dossierId" params={{ dossierId: d.id }}>
                {d.reference}
              </AnchorLink>
            ),
          },
          { header: t('dossiers.scheme'), cell: (d) => names.scheme(d.schemeId) },
          { header: t('dossiers.level'), cell: (d) => (d.level ? names.level(d.schemeId, d.level) : '—') },
          { header: t('dossiers.cb'), cell: (d) => names.cb(d.cbId) },
          { header: t('dossiers.status'), nowrap: true, cell: (d) => <StatusBadge status={d.status} /> },
        ]}
        empty={
          <Stack gap="xs" align="flex-start">
            <Text>{search.status ? t('dossiers.empty') : t('dashboard.noDossiers')}</Text>
            <AnchorLink to="/dossiers/new">{t('nav.newDossier')}</AnchorLink>
          </Stack>
        }
        loadingLines={5}
        pagination={t('dossiers.pagination')}
      />
    </Stack>
  );
}
