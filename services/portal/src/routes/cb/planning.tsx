import { Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { mayCall } from '../../api/may-call';
import { LoadError, Loading, QueryList } from '../../app/feedback';
import { useCbPeople } from '../../features/cb/people';
import { BookAudit } from '../../features/cb/planning/BookAudit';
import { AuditTable, PlanningCalendar, type Refusal } from '../../features/cb/planning/PlanningCalendar';
import { step, today, visibleDays } from '../../features/cb/planning/calendar';
import { parsePlanningSearch } from '../../features/cb/planning/planning-search';
import { usePageTitle } from '../../lib/title';
import { usePageQuery } from '../../app/page-query';

/** The CB's interventions calendar (view, period and auditor in the URL), booking, the next 30 days. */
export const Route = createFileRoute('/cb/planning')({
  validateSearch: parsePlanningSearch,
  pendingComponent: () => <Loading lines={8} />,
  component: Planning,
});

function Upcoming() {
  const { t } = useTranslation();
  const upcoming = useQuery({
    queryKey: ['audits', 'upcoming'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/audits/upcoming', { params: { query: { pageSize: 50, sort: 'startDate' } } })),
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="upcoming-title">
      <Title order={2} size="h4" id="upcoming-title">
        {t('cb.planning.upcoming')}
      </Title>
      <QueryList query={upcoming} lines={2} empty={<Text>{t('cb.planning.noUpcoming')}</Text>}>
        {(data) => <AuditTable audits={data.items} />}
      </QueryList>
    </Stack>
  );
}

function Planning() {
  const { t } = useTranslation();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const people = useCbPeople();
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  usePageTitle(t('cb.planning.title'));
  const view = search.view ?? 'month';
  const anchor = search.date ?? today();
  const days = visibleDays(view, anchor);
  const auditorId = search.auditor === 'me' ? people.userId : search.auditor;
  const audits = usePageQuery(['audits', 'calendar', { from: days[0], to: days.at(-1), auditorId }], () =>
    api.GET('/api/v1/audits', {
      params: {
        query: {
          from: days[0] as string,
          to: days.at(-1) as string,
          pageSize: 100,
          sort: 'startDate',
          includeCancelled: 'true',
          ...(auditorId ? { auditorId } : {}),
        },
      },
    }),
  );
  const canBook = mayCall(people.roles, 'dossier.audits.plan');
  return (
    <Stack gap="lg">
      <Title order={1}>{t('cb.planning.title')}</Title>
      <Select
        label={t('cb.planning.auditor')}
        placeholder={t('cb.planning.allAuditors')}
        clearable
        value={search.auditor ?? null}
        data={[
          { value: 'me', label: t('cb.queue.me') },
          ...people.auditors.map((u) => ({ value: u.id, label: `${u.firstName} ${u.lastName}` })),
        ]}
        onChange={(value) => void navigate({ search: (prev) => ({ ...prev, auditor: value ?? undefined }) })}
        w={260}
      />
      {audits.isError ? (
        <LoadError error={audits.error} retry={() => void audits.refetch()} />
      ) : (
        <PlanningCalendar
          view={view}
          anchor={anchor}
          audits={audits.data?.items ?? []}
          refusal={refusal}
          onView={(next) =>
            void navigate({ search: (prev) => ({ ...prev, view: next === 'month' ? undefined : next }) })
          }
          onStep={(direction) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                date: direction === 0 ? undefined : step(view, anchor, direction),
              }),
            })
          }
        />
      )}
      {canBook && (
        <BookAudit
          onRefused={(refused) => {
            setRefusal(refused);
            // The refusal is said on the days asked for: the calendar moves there.
            if (refused) void navigate({ search: (prev) => ({ ...prev, date: refused.startDate }) });
          }}
        />
      )}
      <Upcoming />
    </Stack>
  );
}
