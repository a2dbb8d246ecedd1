import { FINDING_STATUSES } from '@certhub/contracts';
import { Badge, Group, Stack, Text } from '@mantine/core';
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
import { useListSearch, type ListNavigation } from '../../../app/list-navigation';
import { FilterBar, FlagFilter, ListHeading } from '../../../app/ListFilters';
import { ListTotal, PagedTable } from '../../../app/PagedTable';
import { usePageQuery } from '../../../app/page-query';
import { flagQuery, filledIn } from '../../../api/request-fields';

const PAGE_SIZE = 25;

export const Route = createFileRoute('/cb/findings/')({
  validateSearch: parseReviewSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: FindingsReview,
});

function Filters({ search, nav }: { search: ReviewSearch; nav: ListNavigation<ReviewSearch> }) {
  const { t } = useTranslation();
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
  const { search, page, nav } = useListSearch<ReviewSearch>(Route);
  usePageTitle(t('cb.review.title'));
  const findings = usePageQuery(['findings', 'review', { ...search, page }], () =>
    api.GET('/api/v1/findings', {
      params: {
        query: {
          page,
          pageSize: PAGE_SIZE,
          sort: search.sort ?? 'dueDate',
          ...filledIn({
            state: search.state,
            status: search.status,
            severity: search.severity,
            requirementId: search.requirement,
            overdue: flagQuery(search.overdue),
            dossierId: search.dossier,
          }),
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
      <Filters search={search} nav={nav} />
      <PagedTable
        query={findings}
        rowKey="id"
        columns={[
          {
            header: t('cb.review.number'),
            nowrap: true,
            cell: (f) => (
              <>
                <AnchorLink to="/cb/findings/$findingId" params={{ findingId: f.id }}>
                  {f.number}
                </AnchorLink>
                {f.late && (
                  <Badge ml="xs" size="sm" variant="outline" color="gray.8" tt="none">
                    {t('cb.review.late')}
                  </Badge>
                )}
              </>
            ),
          },
          { header: t('cb.review.requirement'), cell: (f) => f.requirementId },
          {
            header: t('cb.review.severity'),
            cell: (f) => (
              <ToneBadge color={f.severity === 'major' ? 'red' : 'orange'}>
                {t(`findings.severity.${f.severity}`)}
              </ToneBadge>
            ),
          },
          {
            header: t('cb.review.status'),
            cell: (f) => <Text size="sm">{t(`findings.status.${f.status}`)}</Text>,
          },
          {
            header: t('cb.review.toReview'),
            cell: (f) => {
              const sent = f.items.filter((i) => i.status === 'sent').length;
              return (
                sent > 0 && (
                  <Badge color="indigo" variant="light" tt="none">
                    {t('cb.review.toReviewCount', { count: sent })}
                  </Badge>
                )
              );
            },
          },
          {
            header: t('cb.review.due'),
            nowrap: true,
            cell: (f) => (
              <Text size="sm" c={f.overdue ? 'red.9' : undefined} fw={f.overdue ? 600 : undefined}>
                {formatDate(f.dueDate, i18n.language)}
                {f.overdue && ` · ${t('cb.review.overdue')}`}
              </Text>
            ),
          },
          {
            header: t('cb.review.dossier'),
            cell: (f) => (
              <DossierLink dossierId={f.dossierId} dossierReference={f.dossierReference} prefixed={false} />
            ),
          },
        ]}
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
