import { APPEAL_STATUSES } from '@certhub/contracts';
import { Button, Group, Stack, Table } from '@mantine/core';
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
import { listNavigation } from '../../app/list-navigation';
import { FilterBar, FlagFilter, ListHeading } from '../../app/ListFilters';
import { usePageQuery } from '../../app/page-query';

const PAGE_SIZE = 25;
const DECISIONS = ['refusal', 'suspension', 'withdrawal', 'finding_classification'] as const;

export const Route = createFileRoute('/appeals/')({
  validateSearch: parseAppealSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: AppealsList,
});

function Filters({ search }: { search: AppealSearch }) {
  const { t } = useTranslation();
  const nav = listNavigation<AppealSearch>(Route.useNavigate());
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
  const search = Route.useSearch();
  const nav = listNavigation<AppealSearch>(Route.useNavigate());
  const principal = usePrincipal().data;
  const organisation = principal?.tenantType === 'organisation';
  const title = organisation ? t('complaints.appeals.mine') : t('complaints.appeals.title');
  usePageTitle(title);
  const page = search.page ?? 1;
  const appeals = usePageQuery(['appeals', 'list', { ...search, page }], () =>
    api.GET('/api/v1/appeals', {
      params: {
        query: {
          page,
          pageSize: PAGE_SIZE,
          ...(search.status ? { status: search.status } : {}),
          ...(search.decision ? { decision: search.decision } : {}),
          ...(search.overdue ? { overdue: 'true' as const } : {}),
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
      <Filters search={search} />
      <PagedTable
        query={appeals}
        columns={[
          t('complaints.appeals.reference'),
          t('complaints.appeals.dossier'),
          t('complaints.appeals.decision'),
          t('complaints.appeals.status'),
          t('complaints.appeals.lodged'),
          t('complaints.appeals.answerBy'),
        ]}
        row={(a) => (
          <Table.Tr key={a.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <AnchorLink to="/appeals/$appealId" params={{ appealId: a.id }}>
                {a.reference}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{a.dossierReference}</Table.Td>
            <Table.Td>{t(`complaints.appeals.decisions.${a.decision}`)}</Table.Td>
            <Table.Td>
              <CaseStatus kind="appeal" status={a.status} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.lodgedAt, i18n.language)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatDate(a.answerBy, i18n.language)}
              <Overdue overdue={a.overdue} />
            </Table.Td>
          </Table.Tr>
        )}
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
