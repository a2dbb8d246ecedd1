import type { HabilitationStatus } from '@certhub/contracts';
import { Group, Stack, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import {
  StateFilter,
  requestListQuery,
  useEstablishmentNames,
  useTrainingRole,
} from '../../features/candidacy/common';
import { HabilitationTable } from '../../features/candidacy/Habilitations';
import { oneOfParam, pageParam } from '../../lib/search';
import { PagedList } from '../../features/candidacy/PagedList';
import { usePageTitle } from '../../lib/title';

const PAGE_SIZE = 25;
// Spelled here: the route's search check loads with the first script, which must stay without zod.
const HABILITATION_STATUSES = [
  'pending',
  'validated',
  'rejected',
] as const satisfies readonly HabilitationStatus[];
type Search = { status?: HabilitationStatus | 'all'; page?: number };

/** Every habilitation request within reach; the certifier's own work list opens on the pending ones. */
export const Route = createFileRoute('/training/habilitations')({
  validateSearch: (s: Record<string, unknown>): Search => ({
    status: oneOfParam([...HABILITATION_STATUSES, 'all'] as const, s['status']),
    page: pageParam(s['page']),
  }),
  component: HabilitationRequests,
});

function HabilitationRequests() {
  const { t } = useTranslation();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const role = useTrainingRole();
  const names = useEstablishmentNames();
  const status = search.status ?? (role.certifier ? 'pending' : 'all');
  const page = search.page ?? 1;
  usePageTitle(t(role.certifier ? 'training.habilitations.certifierTitle' : 'training.habilitations.title'));
  const habilitations = useQuery({
    queryKey: ['habilitations', 'list', status, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/habilitations', {
          params: { query: requestListQuery(status, page, PAGE_SIZE) },
        }),
      ),
  });
  return (
    <Stack gap="lg">
      <Title order={1}>
        {t(role.certifier ? 'training.habilitations.certifierTitle' : 'training.habilitations.title')}
      </Title>
      <Group>
        <StateFilter
          words="training.habilitations"
          states={HABILITATION_STATUSES}
          value={status}
          onChange={(next) => void navigate({ search: { status: next } })}
        />
      </Group>
      <PagedList
        query={habilitations}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
        empty={t('training.habilitations.empty')}
      >
        {(items) => (
          <HabilitationTable
            items={items}
            establishmentName={names}
            certifier={role.certifier}
            canRequest={role.admin}
          />
        )}
      </PagedList>
    </Stack>
  );
}
