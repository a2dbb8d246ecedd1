import { FINDING_STATUSES } from '@certhub/contracts';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { Loading, ToneBadge } from '../../../app/feedback';
import { AnchorLink } from '../../../app/links';
import { DossierLink } from '../../../features/cb/DossierLink';
import { REVIEW_SORTS, parseReviewSearch, type ReviewSearch } from '../../../features/cb/review-search';
import { formatDate } from '../../../lib/format';
import { ListFilters, ListHeading, type FilterSpec } from '../../../app/ListFilters';
import { ListTotal, PagedTable } from '../../../app/PagedTable';
import { useListPage } from '../../../app/list-page';
import { flagQuery, filledIn } from '../../../api/request-fields';

const PAGE_SIZE = 25;

export const Route = createFileRoute('/cb/findings/')({
  validateSearch: parseReviewSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: FindingsReview,
});

const FILTERS: readonly FilterSpec<ReviewSearch>[] = [
  {
    choice: 'state',
    choices: ['open', 'closed'],
    labels: 'cb.review.states',
    all: 'cb.review.allStates',
    width: 180,
  },
  {
    choice: 'status',
    choices: FINDING_STATUSES,
    labels: 'findings.status',
    all: 'cb.review.allStatuses',
    width: 260,
  },
  {
    choice: 'severity',
    choices: ['major', 'minor'],
    labels: 'findings.severity',
    all: 'cb.review.allSeverities',
    width: 150,
  },
  { text: 'requirement', width: 140 },
  { sort: REVIEW_SORTS, fallback: 'dueDate' },
  { flag: 'overdue' },
];

/** The analyst's list of audit findings: filters in the URL, what waits for review first. */
function FindingsReview() {
  const { t, i18n } = useTranslation();
  const { search, nav, query, paged } = useListPage(Route, {
    title: t('cb.review.title'),
    queryKey: ['findings', 'review'],
    pageSize: PAGE_SIZE,
    fetch: (search, paging) =>
      api.GET('/api/v1/findings', {
        params: {
          query: {
            ...paging,
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
  });
  return (
    <Stack gap="lg">
      <ListHeading title={t('cb.review.title')}>
        <ListTotal page={query.data} i18nKey="cb.review.total" />
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
      <ListFilters words="cb.review" search={search} nav={nav} filters={FILTERS} />
      <PagedTable
        {...paged}
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
        pagination={t('cb.review.pagination')}
      />
    </Stack>
  );
}
