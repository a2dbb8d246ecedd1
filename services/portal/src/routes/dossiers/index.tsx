import { DossierStatusSchema, type DossierStatus } from '@certhub/contracts';
import { Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/links';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading, StatusBadge } from '../../app/feedback';
import { useNames } from '../../app/names';
import { formatTotal } from '../../lib/format';
import { pageParam, textParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';
import { ListPages } from '../../app/ListPages';

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
  const { t, i18n } = useTranslation();
  const { page = 1, status } = Route.useSearch();
  const navigate = Route.useNavigate();
  const names = useNames();
  usePageTitle(t('dossiers.title'));
  const dossiers = useQuery({
    queryKey: ['dossiers', { page, status }],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/dossiers', {
          params: { query: { page, pageSize: PAGE_SIZE, sort: '-updatedAt', ...(status ? { status } : {}) } },
        }),
      ),
  });

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
        {dossiers.data && (
          <Text c="dimmed" aria-live="polite">
            {t('dossiers.total', {
              count: dossiers.data.total,
              formatted: formatTotal(dossiers.data, i18n.language),
            })}
          </Text>
        )}
      </Group>
      {dossiers.isPending ? (
        <Loading lines={5} />
      ) : dossiers.isError ? (
        <LoadError error={dossiers.error} retry={() => void dossiers.refetch()} />
      ) : !dossiers.data.items.length ? (
        <Stack gap="xs" align="flex-start">
          <Text>{status ? t('dossiers.empty') : t('dashboard.noDossiers')}</Text>
          <AnchorLink to="/dossiers/new">{t('nav.newDossier')}</AnchorLink>
        </Stack>
      ) : (
        <>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dossiers.reference')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.scheme')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.level')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.cb')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dossiers.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <AnchorLink to="/dossiers/$dossierId" params={{ dossierId: d.id }}>
                      {d.reference}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{names.scheme(d.schemeId)}</Table.Td>
                  <Table.Td>{d.level ? names.level(d.schemeId, d.level) : '—'}</Table.Td>
                  <Table.Td>{names.cb(d.cbId)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <StatusBadge status={d.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPages
            total={dossiers.data.total}
            pageSize={PAGE_SIZE}
            page={page}
            label={t('dossiers.pagination')}
            onChange={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
          />
        </>
      )}
    </Stack>
  );
}
