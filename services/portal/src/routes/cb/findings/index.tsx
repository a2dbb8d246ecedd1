import { FINDING_STATUSES } from '@certhub/contracts';
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { TypedFilter } from '../../../features/cb/TypedFilter';
import { SortSelect } from '../../../features/cb/SortSelect';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { Loading, ToneBadge } from '../../../app/feedback';
import { ChoiceFilter } from '../../../app/ChoiceFilter';
import { AnchorLink } from '../../../app/links';
import { DossierLink } from '../../../features/cb/DossierLink';
import { REVIEW_SORTS, parseReviewSearch, type ReviewSearch } from '../../../features/cb/review-search';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';
import { listNavigation } from '../../../app/list-navigation';
import { FilterBar, FlagFilter, ListHeading } from '../../../app/ListFilters';
import { ListTotal, PagedTable } from '../../../app/PagedTable';
import { usePageQuery } from '../../../app/page-query';

const PAGE_SIZE = 25;

export const Route = createFileRoute('/cb/findings/')({
  validateSearch: parseReviewSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: FindingsReview,
});

function Filters({ search }: { search: ReviewSearch }) {
  const { t } = useTranslation();
  const nav = listNavigation<ReviewSearch>(Route.useNavigate());
  const set = nav.set;
  return (
    <FilterBar reset={t('cb.review.reset')} onReset={nav.reset}>
      <ChoiceFilter
        label={t('cb.review.state')}
        placeholder={t('cb.review.allStates')}
        value={search.state}
        choices={['open', 'closed'] as const}
        labelOf={(s) => t(`cb.review.states.${s}`)}
        onChange={(state) => set({ state })}
        width={180}
      />
      <ChoiceFilter
        label={t('cb.review.status')}
        placeholder={t('cb.review.allStatuses')}
        value={search.status}
        choices={FINDING_STATUSES}
        labelOf={(s) => t(`findings.status.${s}`)}
        onChange={(status) => set({ status })}
        width={260}
      />
      <ChoiceFilter
        label={t('cb.review.severity')}
        placeholder={t('cb.review.allSeverities')}
        value={search.severity}
        choices={['major', 'minor'] as const}
        labelOf={(s) => t(`findings.severity.${s}`)}
        onChange={(severity) => set({ severity })}
        width={150}
      />
      <TypedFilter
        label={t('cb.review.requirement')}
        placeholder={t('cb.review.requirementHint')}
        value={search.requirement ?? ''}
        onChange={(v) => set({ requirement: v || undefined })}
        width={140}
      />
      <SortSelect
        label={t('cb.review.sort')}
        sorts={REVIEW_SORTS}
        fallback="dueDate"
        value={search.sort}
        labelOf={(s) => t(`cb.review.sorts.${s}`)}
        onChange={(sort) => set({ sort })}
      />
      <FlagFilter
        label={t('cb.review.overdueOnly')}
        checked={search.overdue}
        onChange={(overdue) => set({ overdue })}
      />
    </FilterBar>
  );
}

/** The analyst's list of audit findings: filters in the URL, what waits for review first. */
function FindingsReview() {
  const { t, i18n } = useTranslation();
  const search = Route.useSearch();
  const nav = listNavigation<ReviewSearch>(Route.useNavigate());
  usePageTitle(t('cb.review.title'));
  const page = search.page ?? 1;
  const findings = usePageQuery(['findings', 'review', { ...search, page }], () =>
    api.GET('/api/v1/findings', {
      params: {
        query: {
          page,
          pageSize: PAGE_SIZE,
          sort: search.sort ?? 'dueDate',
          ...(search.state ? { state: search.state } : {}),
          ...(search.status ? { status: search.status } : {}),
          ...(search.severity ? { severity: search.severity } : {}),
          ...(search.requirement ? { requirementId: search.requirement } : {}),
          ...(search.overdue ? { overdue: 'true' as const } : {}),
          ...(search.dossier ? { dossierId: search.dossier } : {}),
        },
      },
    }),
  );
  return (
    <Stack gap="lg">
      <ListHeading title={t('cb.review.title')}>
        <ListTotal page={findings.data} i18nKey="cb.review.total" />
      </ListHeading>
      {search.dossier && (
        <Group gap="sm">
          <Text size="sm">{t('cb.review.dossierFilter')}</Text>
          <DossierLink dossierId={search.dossier} prefixed={false} />
          <AnchorLink to="/cb/findings" search={{ ...search, dossier: undefined, page: undefined }} size="sm">
            {t('cb.review.clearDossier')}
          </AnchorLink>
        </Group>
      )}
      <Filters search={search} />
      <PagedTable
        query={findings}
        columns={[
          t('cb.review.number'),
          t('cb.review.requirement'),
          t('cb.review.severity'),
          t('cb.review.status'),
          t('cb.review.toReview'),
          t('cb.review.due'),
          t('cb.review.dossier'),
        ]}
        row={(f) => {
          const sent = f.items.filter((i) => i.status === 'sent').length;
          const severity = f.severity === 'major' ? 'red' : 'orange';
          return (
            <Table.Tr key={f.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AnchorLink to="/cb/findings/$findingId" params={{ findingId: f.id }}>
                  {f.number}
                </AnchorLink>
                {f.late && (
                  <Badge ml="xs" size="sm" variant="outline" color="gray.8" tt="none">
                    {t('cb.review.late')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{f.requirementId}</Table.Td>
              <Table.Td>
                <ToneBadge color={severity}>{t(`findings.severity.${f.severity}`)}</ToneBadge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`findings.status.${f.status}`)}</Text>
              </Table.Td>
              <Table.Td>
                {sent > 0 && (
                  <Badge color="indigo" variant="light" tt="none">
                    {t('cb.review.toReviewCount', { count: sent })}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={f.overdue ? 'red.9' : undefined} fw={f.overdue ? 600 : undefined}>
                  {formatDate(f.dueDate, i18n.language)}
                  {f.overdue && ` · ${t('cb.review.overdue')}`}
                </Text>
              </Table.Td>
              <Table.Td>
                <DossierLink dossierId={f.dossierId} dossierReference={f.dossierReference} prefixed={false} />
              </Table.Td>
            </Table.Tr>
          );
        }}
        empty={t('cb.review.empty')}
        minWidth={900}
        page={page}
        pageSize={PAGE_SIZE}
        pagination={t('cb.review.pagination')}
        onPage={nav.page}
      />
    </Stack>
  );
}
