import type { HabilitationStatus } from '@certhub/contracts';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { HabilitationTable } from '../../features/candidacy/Habilitations';
import { RequestListPage, useRequestList } from '../../features/candidacy/RequestList';
import { useListSearch } from '../../app/list-navigation';
import { oneOfParam, pageParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';
import { usePageQuery } from '../../app/page-query';

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
  const { search, nav } = useListSearch<Search>(Route);
  const { role, names, status, page, query } = useRequestList(search);
  const title = t(role.certifier ? 'training.habilitations.certifierTitle' : 'training.habilitations.title');
  usePageTitle(title);
  const habilitations = usePageQuery(['habilitations', 'list', status, page], () =>
    api.GET('/api/v1/habilitations', {
      params: { query },
    }),
  );
  return (
    <RequestListPage
      title={title}
      words="training.habilitations"
      states={HABILITATION_STATUSES}
      status={status}
      onStatus={(next) => nav.set({ status: next })}
      query={habilitations}
      page={page}
      onPage={nav.page}
    >
      {(items) => (
        <HabilitationTable
          items={items}
          establishmentName={names}
          certifier={role.certifier}
          canRequest={role.admin}
        />
      )}
    </RequestListPage>
  );
}
