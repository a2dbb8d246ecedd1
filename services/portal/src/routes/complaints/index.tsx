import { COMPLAINT_STATUSES } from '@certhub/contracts';
import { Group, Stack } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Loading } from '../../app/feedback';
import { ChoiceFilter } from '../../app/ChoiceFilter';
import { AnchorLink } from '../../app/links';
import { ListTotal, PagedTable } from '../../app/PagedTable';
import { useCaseNames } from '../../features/complaints/names';
import { SortSelect } from '../../features/cb/SortSelect';
import { CaseStatus, Overdue } from '../../features/complaints/common';
import {
  COMPLAINT_SORTS,
  parseComplaintSearch,
  type ComplaintSearch,
} from '../../features/complaints/search';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/title';
import { useListSearch, type ListNavigation } from '../../app/list-navigation';
import { FilterBar, FlagFilter, ListHeading } from '../../app/ListFilters';
import { usePageQuery } from '../../app/page-query';
import { flagQuery, filledIn } from '../../api/request-fields';

const PAGE_SIZE = 25;
const ABOUT = ['certified_organisation', 'certification_body', 'other'] as const;

export const Route = createFileRoute('/complaints/')({
  validateSearch: parseComplaintSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: ComplaintsRegister,
});

function Filters({ search, nav }: { search: ComplaintSearch; nav: ListNavigation<ComplaintSearch> }) {
  const { t } = useTranslation();
  const set = nav.set;
  return (
    <FilterBar reset={t('complaints.register.reset')} onReset={nav.reset}>
      <ChoiceFilter
        label={t('complaints.register.status')}
        placeholder={t('complaints.register.allStatuses')}
        value={search.status}
        choices={COMPLAINT_STATUSES}
        labelOf={(s) => t(`complaints.status.${s}`)}
        onChange={(status) => set({ status })}
        width={200}
      />
      <ChoiceFilter
        label={t('complaints.register.about')}
        placeholder={t('complaints.register.allAbout')}
        value={search.about}
        choices={ABOUT}
        labelOf={(a) => t(`complaints.about.${a}`)}
        onChange={(about) => set({ about })}
        width={240}
      />
      <SortSelect
        label={t('complaints.register.sort')}
        sorts={COMPLAINT_SORTS}
        fallback="-receivedAt"
        value={search.sort}
        labelOf={(s) => t(`complaints.register.sorts.${s}`)}
        onChange={(sort) => set({ sort })}
      />
      <FlagFilter
        label={t('complaints.register.overdueOnly')}
        checked={search.overdue}
        onChange={(overdue) => set({ overdue })}
      />
    </FilterBar>
  );
}

/** The CB's complaints register: an administrator's whole register, a handler's own complaints. */
function ComplaintsRegister() {
  const { t, i18n } = useTranslation();
  const { search, page, nav } = useListSearch<ComplaintSearch>(Route);
  const names = useCaseNames();
  usePageTitle(t('complaints.register.title'));
  const complaints = usePageQuery(['complaints', 'register', { ...search, page }], () =>
    api.GET('/api/v1/complaints', {
      params: {
        query: {
          page,
          pageSize: PAGE_SIZE,
          sort: search.sort ?? '-receivedAt',
          ...filledIn({
            status: search.status,
            about: search.about,
            overdue: flagQuery(search.overdue),
          }),
        },
      },
    }),
  );
  return (
    <Stack gap="lg">
      <ListHeading title={t('complaints.register.title')}>
        <Group gap="md">
          <ListTotal page={complaints.data} i18nKey="complaints.register.total" />
          {names.isAdmin && (
            <AnchorLink to="/complaints/statistics">{t('complaints.register.figures')}</AnchorLink>
          )}
        </Group>
      </ListHeading>
      <Filters search={search} nav={nav} />
      <PagedTable
        query={complaints}
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
        page={page}
        pageSize={PAGE_SIZE}
        pagination={t('complaints.register.pagination')}
        onPage={nav.page}
      />
    </Stack>
  );
}
