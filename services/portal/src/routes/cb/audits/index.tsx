import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { Loading, QueryList } from '../../../app/feedback';
import { ListPages } from '../../../app/ListPages';
import { useCbPeople } from '../../../features/cb/people';
import { AuditTable } from '../../../features/cb/planning/PlanningCalendar';
import { oneOfParam, pageParam } from '../../../lib/search';
import { usePageTitle } from '../../../lib/title';
import { usePageQuery } from '../../../app/page-query';

const PAGE_SIZE = 25;

/** An auditor's interventions, upcoming or past (in the URL); the API shows him only his own. */
export const Route = createFileRoute('/cb/audits/')({
  validateSearch: (search: Record<string, unknown>): { when?: 'past'; page?: number } => ({
    when: oneOfParam(['past'] as const, search['when']),
    page: pageParam(search['page']),
  }),
  pendingComponent: () => <Loading lines={6} />,
  component: MyInterventions,
});

function MyInterventions() {
  const { t } = useTranslation();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const people = useCbPeople();
  usePageTitle(t('cb.audits.title'));
  const when = search.when ?? 'upcoming';
  const page = search.page ?? 1;
  const audits = usePageQuery(
    ['audits', 'mine', when, page, people.userId],
    () =>
      api.GET('/api/v1/audits', {
        params: {
          query: {
            auditorId: people.userId as string,
            when,
            page,
            pageSize: PAGE_SIZE,
            sort: when === 'past' ? '-startDate' : 'startDate',
          },
        },
      }),
    { enabled: Boolean(people.userId) },
  );
  return (
    <Stack gap="lg">
      <Title order={1}>{t('cb.audits.title')}</Title>
      <SegmentedControl
        aria-label={t('cb.audits.when')}
        value={when}
        onChange={(v) => void navigate({ search: v === 'past' ? { when: 'past' } : {} })}
        data={[
          { value: 'upcoming', label: t('cb.audits.upcoming') },
          { value: 'past', label: t('cb.audits.past') },
        ]}
        w="fit-content"
      />
      <QueryList query={audits} lines={4} empty={<Text>{t('cb.audits.none')}</Text>}>
        {(data) => (
          <>
            <AuditTable audits={data.items} />
            <ListPages
              total={data.total}
              pageSize={PAGE_SIZE}
              page={page}
              label={t('cb.audits.pagination')}
              onChange={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
            />
          </>
        )}
      </QueryList>
    </Stack>
  );
}
