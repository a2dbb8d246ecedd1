import { COMPLAINT_STATUSES } from '@certhub/contracts';
import { Button, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { ListPages } from '../../app/ListPages';
import { useCaseNames } from '../../features/complaints/names';
import { SortSelect } from '../../features/cb/SortSelect';
import { CaseStatus, Overdue } from '../../features/complaints/common';
import {
  COMPLAINT_SORTS,
  parseComplaintSearch,
  type ComplaintSearch,
} from '../../features/complaints/search';
import { formatDate, formatNumber } from '../../lib/format';
import { usePageTitle } from '../../lib/title';

const PAGE_SIZE = 25;
const ABOUT = ['certified_organisation', 'certification_body', 'other'] as const;

export const Route = createFileRoute('/complaints/')({
  validateSearch: parseComplaintSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: ComplaintsRegister,
});

function Filters({ search }: { search: ComplaintSearch }) {
  const { t } = useTranslation();
  const navigate = Route.useNavigate();
  const set = (patch: Partial<ComplaintSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }) });
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label={t('complaints.register.status')}
        placeholder={t('complaints.register.allStatuses')}
        clearable
        value={search.status ?? null}
        data={COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.status.${s}`) }))}
        onChange={(value) => set({ status: COMPLAINT_STATUSES.find((s) => s === value) })}
        w={200}
      />
      <Select
        label={t('complaints.register.about')}
        placeholder={t('complaints.register.allAbout')}
        clearable
        value={search.about ?? null}
        data={ABOUT.map((a) => ({ value: a, label: t(`complaints.about.${a}`) }))}
        onChange={(value) => set({ about: ABOUT.find((a) => a === value) })}
        w={240}
      />
      <SortSelect
        label={t('complaints.register.sort')}
        sorts={COMPLAINT_SORTS}
        fallback="-receivedAt"
        value={search.sort}
        labelOf={(s) => t(`complaints.register.sorts.${s}`)}
        onChange={(sort) => set({ sort })}
      />
      <Checkbox
        label={t('complaints.register.overdueOnly')}
        checked={Boolean(search.overdue)}
        onChange={(e) => set({ overdue: e.currentTarget.checked ? true : undefined })}
        mb={8}
      />
      <Button variant="subtle" onClick={() => void navigate({ search: {} })}>
        {t('complaints.register.reset')}
      </Button>
    </Group>
  );
}

/** The CB's complaints register: an administrator's whole register, a handler's own complaints. */
function ComplaintsRegister() {
  const { t, i18n } = useTranslation();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const names = useCaseNames();
  usePageTitle(t('complaints.register.title'));
  const page = search.page ?? 1;
  const complaints = useQuery({
    queryKey: ['complaints', 'register', { ...search, page }],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/complaints', {
          params: {
            query: {
              page,
              pageSize: PAGE_SIZE,
              sort: search.sort ?? '-receivedAt',
              ...(search.status ? { status: search.status } : {}),
              ...(search.about ? { about: search.about } : {}),
              ...(search.overdue ? { overdue: 'true' as const } : {}),
            },
          },
        }),
      ),
  });
  const rows = complaints.data?.items ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('complaints.register.title')}</Title>
        <Group gap="md">
          {complaints.data && (
            <Text c="dimmed" aria-live="polite">
              {t('complaints.register.total', {
                count: complaints.data.total,
                formatted: formatNumber(complaints.data.total, i18n.language),
              })}
            </Text>
          )}
          {names.isAdmin && (
            <AnchorLink to="/complaints/statistics">{t('complaints.register.figures')}</AnchorLink>
          )}
        </Group>
      </Group>
      <Filters search={search} />
      {complaints.isPending ? (
        <Loading lines={8} />
      ) : complaints.isError ? (
        <LoadError error={complaints.error} retry={() => void complaints.refetch()} />
      ) : !rows.length ? (
        <Text>{t('complaints.register.empty')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-busy={complaints.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('complaints.register.reference')}</Table.Th>
                  <Table.Th scope="col">{t('complaints.register.subject')}</Table.Th>
                  <Table.Th scope="col">{t('complaints.register.about')}</Table.Th>
                  <Table.Th scope="col">{t('complaints.register.status')}</Table.Th>
                  <Table.Th scope="col">{t('complaints.register.received')}</Table.Th>
                  <Table.Th scope="col">{t('complaints.register.due')}</Table.Th>
                  <Table.Th scope="col">{t('complaints.register.handler')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <AnchorLink to="/complaints/$complaintId" params={{ complaintId: c.id }}>
                        {c.reference}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{c.subject}</Table.Td>
                    <Table.Td>{t(`complaints.about.${c.about}`)}</Table.Td>
                    <Table.Td>
                      <CaseStatus kind="complaint" status={c.status} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(c.receivedAt, i18n.language)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {c.status === 'received' || c.status === 'investigating'
                        ? formatDate(c.status === 'received' ? c.acknowledgeBy : c.answerBy, i18n.language)
                        : '—'}
                      <Overdue overdue={c.overdue} />
                    </Table.Td>
                    <Table.Td>{c.handlerId ? names.name(c.handlerId) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPages
            total={complaints.data.total}
            pageSize={PAGE_SIZE}
            page={page}
            label={t('complaints.register.pagination')}
            onChange={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
          />
        </>
      )}
    </Stack>
  );
}
