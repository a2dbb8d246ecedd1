import { APPEAL_STATUSES } from '@certhub/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { Link, createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Loading } from '../../app/feedback';
import { ChoiceFilter } from '../../app/ChoiceFilter';
import { AnchorLink } from '../../app/links';
import { ListTotal, PagedTable } from '../../app/PagedTable';
import { usePrincipal } from '../../app/session';
import { CaseStatus, Overdue } from '../../features/complaints/common';
import { parseAppealSearch, type AppealSearch } from '../../features/complaints/search';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/title';
import { useListSearch, type ListNavigation } from '../../app/list-navigation';
import { FilterBar, FlagFilter, ListHeading } from '../../app/ListFilters';
import { usePageQuery } from '../../app/page-query';
import { flagQuery, filledIn } from '../../api/request-fields';

const PAGE_SIZE = 25;
const DECISIONS = ['refusal', 'suspension', 'withdrawal', 'finding_classification'] as const;

export const Route = createFileRoute('/appeals/')({
  validateSearch: parseAppealSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: AppealsList,
});

function Filters({ search, nav }: { search: AppealSearch; nav: ListNavigation<AppealSearch> }) {
  const { t } = useTranslation();
  const set = nav.set;
  return (
    <FilterBar reset={t('complaints.appeals.reset')} onReset={nav.reset}>
      <ChoiceFilter
        label={t('complaints.appeals.status')}
        placeholder={t('complaints.appeals.allStatuses')}
        value={search.status}
        choices={APPEAL_STATUSES}
        labelOf={(s) => t(`complaints.appeals.statuses.${s}`)}
        onChange={(status) => set({ status })}
        width={200}
      />
      <ChoiceFilter
        label={t('complaints.appeals.decision')}
        placeholder={t('complaints.appeals.allDecisions')}
        value={search.decision}
        choices={DECISIONS}
        labelOf={(d) => t(`complaints.appeals.decisions.${d}`)}
        onChange={(decision) => set({ decision })}
        width={240}
      />
      <FlagFilter
        label={t('complaints.appeals.overdueOnly')}
        checked={search.overdue}
        onChange={(overdue) => set({ overdue })}
      />
    </FilterBar>
  );
}

/** Appeals: the CB's register (its administrator all, a handler his own), or the organisation's own. */
function AppealsList() {
  const { t, i18n } = useTranslation();
  const { search, page, nav } = useListSearch<AppealSearch>(Route);
  const principal = usePrincipal().data;
  const organisation = principal?.tenantType === 'organisation';
  const title = organisation ? t('complaints.appeals.mine') : t('complaints.appeals.title');
  usePageTitle(title);
  const appeals = usePageQuery(['appeals', 'list', { ...search, page }], () =>
    api.GET('/api/v1/appeals', {
      params: {
        query: {
          page,
          pageSize: PAGE_SIZE,
          ...filledIn({
            status: search.status,
            decision: search.decision,
            overdue: flagQuery(search.overdue),
          }),
        },
      },
    }),
  );
  return (
    <Stack gap="lg">
      <ListHeading title={title}>
        <Group gap="md">
          <ListTotal page={appeals.data} i18nKey="complaints.appeals.total" />
          {organisation && principal?.roles.includes('org_admin') && (
            <Button component={Link} to="/appeals/new">
              {t('complaints.appeals.new')}
            </Button>
          )}
        </Group>
      </ListHeading>
      <Filters search={search} nav={nav} />
      <PagedTable
        query={appeals}
        rowKey="id"
        columns={[
          {
            header: t('complaints.appeals.reference'),
            nowrap: true,
            cell: (a) => (
              <AnchorLink to="/appeals/$appealId" params={{ appealId: a.id }}>
                {a.reference}
              </AnchorLink>
            ),
          },
          { header: t('complaints.appeals.dossier'), cell: (a) => a.dossierReference },
          {
            header: t('complaints.appeals.decision'),
            cell: (a) => t(`complaints.appeals.decisions.${a.decision}`),
          },
          {
            header: t('complaints.appeals.status'),
            cell: (a) => <CaseStatus kind="appeal" status={a.status} />,
          },
          {
            header: t('complaints.appeals.lodged'),
            nowrap: true,
            cell: (a) => formatDate(a.lodgedAt, i18n.language),
          },
          {
            header: t('complaints.appeals.answerBy'),
            nowrap: true,
            cell: (a) => (
              <>
                {formatDate(a.answerBy, i18n.language)}
                <Overdue overdue={a.overdue} />
              </>
            ),
          },
        ]}
        empty={t('complaints.appeals.empty')}
        minWidth={800}
        page={page}
        pageSize={PAGE_SIZE}
        pagination={t('complaints.appeals.pagination')}
        onPage={nav.page}
      />
    </Stack>
  );
}
