import { APPEAL_STATUSES } from '@certhub/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { Link, createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Loading } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { ListTotal, PagedTable } from '../../app/PagedTable';
import { usePrincipal } from '../../app/session';
import { CaseStatus, Overdue } from '../../features/complaints/common';
import { parseAppealSearch, type AppealSearch } from '../../features/complaints/search';
import { formatDate } from '../../lib/format';
import { ListFilters, ListHeading, type FilterSpec } from '../../app/ListFilters';
import { useListPage } from '../../app/list-page';
import { flagQuery, filledIn } from '../../api/request-fields';

const PAGE_SIZE = 25;
const DECISIONS = ['refusal', 'suspension', 'withdrawal', 'finding_classification'] as const;

export const Route = createFileRoute('/appeals/')({
  validateSearch: parseAppealSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: AppealsList,
});

const FILTERS: readonly FilterSpec<AppealSearch>[] = [
  {
    choice: 'status',
    choices: APPEAL_STATUSES,
    labels: 'complaints.appeals.statuses',
    all: 'complaints.appeals.allStatuses',
    width: 200,
  },
  {
    choice: 'decision',
    choices: DECISIONS,
    labels: 'complaints.appeals.decisions',
    all: 'complaints.appeals.allDecisions',
    width: 240,
  },
  { flag: 'overdue' },
];

/** Appeals: the CB's register (its administrator all, a handler his own), or the organisation's own. */
function AppealsList() {
  const { t, i18n } = useTranslation();
  const principal = usePrincipal().data;
  const organisation = principal?.tenantType === 'organisation';
  const title = organisation ? t('complaints.appeals.mine') : t('complaints.appeals.title');
  const { search, nav, query, paged } = useListPage(Route, {
    title,
    queryKey: ['appeals', 'list'],
    pageSize: PAGE_SIZE,
    fetch: (search, paging) =>
      api.GET('/api/v1/appeals', {
        params: {
          query: {
            ...paging,
            ...filledIn({
              status: search.status,
              decision: search.decision,
              overdue: flagQuery(search.overdue),
            }),
          },
        },
      }),
  });
  return (
    <Stack gap="lg">
      <ListHeading title={title}>
        <Group gap="md">
          <ListTotal page={query.data} i18nKey="complaints.appeals.total" />
          {organisation && principal?.roles.includes('org_admin') && (
            <Button component={Link} to="/appeals/new">
              {t('complaints.appeals.new')}
            </Button>
          )}
        </Group>
      </ListHeading>
      <ListFilters words="complaints.appeals" search={search} nav={nav} filters={FILTERS} />
      <PagedTable
        {...paged}
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
        pagination={t('complaints.appeals.pagination')}
      />
    </Stack>
  );
}
