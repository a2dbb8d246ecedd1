import { COMPLAINT_STATUSES } from '@certhub/contracts';
import { Group, Stack } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Loading } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { ListTotal, PagedTable } from '../../app/PagedTable';
import { useCaseNames } from '../../features/complaints/names';
import { CaseStatus, Overdue } from '../../features/complaints/common';
import {
  COMPLAINT_SORTS,
  parseComplaintSearch,
  type ComplaintSearch,
} from '../../features/complaints/search';
import { formatDate } from '../../lib/format';
import { ListFilters, ListHeading, type FilterSpec } from '../../app/ListFilters';
import { useListPage } from '../../app/list-page';
import { flagQuery, filledIn } from '../../api/request-fields';

const PAGE_SIZE = 25;
const ABOUT = ['certified_organisation', 'certification_body', 'other'] as const;

export const Route = createFileRoute('/complaints/')({
  validateSearch: parseComplaintSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: ComplaintsRegister,
});

const FILTERS: readonly FilterSpec<ComplaintSearch>[] = [
  {
    choice: 'status',
    choices: COMPLAINT_STATUSES,
    labels: 'complaints.status',
    all: 'complaints.register.allStatuses',
    width: 200,
  },
  {
    choice: 'about',
    choices: ABOUT,
    labels: 'complaints.about',
    all: 'complaints.register.allAbout',
    width: 240,
  },
  { sort: COMPLAINT_SORTS, fallback: '-receivedAt' },
  { flag: 'overdue' },
];

/** The CB's complaints register: an administrator's whole register, a handler's own complaints. */
function ComplaintsRegister() {
  const { t, i18n } = useTranslation();
  const names = useCaseNames();
  const { search, nav, query, paged } = useListPage(Route, {
    title: t('complaints.register.title'),
    queryKey: ['complaints', 'register'],
    pageSize: PAGE_SIZE,
    fetch: (search, paging) =>
      api.GET('/api/v1/complaints', {
        params: {
          query: {
            ...paging,
            sort: search.sort ?? '-receivedAt',
            ...filledIn({
              status: search.status,
              about: search.about,
              overdue: flagQuery(search.overdue),
            }),
          },
        },
      }),
  });
  return (
    <Stack gap="lg">
      <ListHeading title={t('complaints.register.title')}>
        <Group gap="md">
          <ListTotal page={query.data} i18nKey="complaints.register.total" />
          {names.isAdmin && (
            <AnchorLink to="/complaints/statistics">{t('complaints.register.figures')}</AnchorLink>
          )}
        </Group>
      </ListHeading>
      <ListFilters words="complaints.register" search={search} nav={nav} filters={FILTERS} />
      <PagedTable
        {...paged}
        rowKey="id"
        columns={[
          {
            header: t('complaints.register.reference'),
            nowrap: true,
            cell: (c) => (
              <AnchorLink to="/complaints/$complaintId" params={{ complaintId: c.id }}>
                {c.reference}
              </AnchorLink>
            ),
          },
          { header: t('complaints.register.subject'), cell: (c) => c.subject },
          { header: t('complaints.register.about'), cell: (c) => t(`complaints.about.${c.about}`) },
          {
            header: t('complaints.register.status'),
            cell: (c) => <CaseStatus kind="complaint" status={c.status} />,
          },
          {
            header: t('complaints.register.received'),
            nowrap: true,
            cell: (c) => formatDate(c.receivedAt, i18n.language),
          },
          {
            header: t('complaints.register.due'),
            nowrap: true,
            cell: (c) => (
              <>
                {c.status === 'received' || c.status === 'investigating'
                  ? formatDate(c.status === 'received' ? c.acknowledgeBy : c.answerBy, i18n.language)
                  : '—'}
                <Overdue overdue={c.overdue} />
              </>
            ),
          },
          {
            header: t('complaints.register.handler'),
            cell: (c) => (c.handlerId ? names.name(c.handlerId) : '—'),
          },
        ]}
        empty={t('complaints.register.empty')}
        minWidth={900}
        pagination={t('complaints.register.pagination')}
      />
    </Stack>
  );
}
