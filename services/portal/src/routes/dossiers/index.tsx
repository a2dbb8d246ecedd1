import { DossierStatusSchema, type DossierStatus } from '@certhub/contracts';
import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/links';
import { api } from '../../api/client';
import { StatusBadge } from '../../app/feedback';
import { useNames } from '../../app/names';
import { pageParam, textParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';
import { ListTotal, PagedTable } from '../../app/PagedTable';
import { usePageQuery } from '../../app/page-query';

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
  const { page = 1, status } = Route.useSearch();
  const navigate = Route.useNavigate();
  const names = useNames();
  usePageTitle(t('dossiers.title'));
  const dossiers = usePageQuery(['dossiers', { page, status }], () =>
    api.GET('/api/v1/dossiers', {
      params: { query: { page, pageSize: PAGE_SIZE, sort: '-updatedAt', ...(status ? { status } : {}) } },
    }),
  );

  return (
    <Stack gap="lg">
      <Title order={1}>{t('dossiers.title')}</Title>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('dossiers.status')}
          placeholder={t('dossiers.allStatuses')}
          clearable
          value={status ?? null}
          data={DossierStatusSchema.options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(value) =>
            void navigate({ search: { status: DossierStatusSchema.safeParse(value).data, page: undefined } })
          }
          w={280}
        />
        <ListTotal page={dossiers.data} i18nKey="dossiers.total" />
      </Group>
      <PagedTable
        query={dossiers}
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
            <Text>{status ? t('dossiers.empty') : t('dashboard.noDossiers')}</Text>
            <AnchorLink to="/dossiers/new">{t('nav.newDossier')}</AnchorLink>
          </Stack>
        }
        loadingLines={5}
        page={page}
        pageSize={PAGE_SIZE}
        pagination={t('dossiers.pagination')}
        onPage={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
      />
    </Stack>
  );
}
