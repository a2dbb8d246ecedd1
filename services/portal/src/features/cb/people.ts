import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { usePrincipal } from '../../app/session';
// Every CB page reads people's names: their words (and the findings' statuses) load with them,
// never with the first script (route files' own imports stay in it).
import '../../i18n/cb';
import '../../i18n/journey';

/** An id too long to read whole: its last characters, enough to tell two apart on a screen. */
export const shortId = (id: string) => (id.length > 10 ? `…${id.slice(-8)}` : id);

/**
 * Names of the CB's people. Only a cb_admin may list the CB's users (the API's rule), so the
 * others see "Me" for themselves and a short id for anyone else.
 */
export function useCbPeople() {
  const { t } = useTranslation();
  const principal = usePrincipal().data;
  const isAdmin = Boolean(principal?.roles.includes('cb_admin'));
  const users = useQuery({
    queryKey: ['users', 'cb'],
    enabled: isAdmin,
    staleTime: 5 * 60_000,
    queryFn: () =>
      unwrap(api.GET('/api/v1/users', { params: { query: { pageSize: 100, sort: 'lastName' } } })),
  });
  const items = users.data?.items ?? [];
  return {
    isAdmin,
    userId: principal?.userId,
    roles: principal?.roles ?? [],
    analysts: items.filter((u) => u.role === 'analyst' && u.enabled),
    auditors: items.filter((u) => u.role === 'auditor' && u.enabled),
    /** Everyone of the CB who may take a step (the complaints' and appeals' handlers among them). */
    staff: items.filter((u) => u.enabled),
    name: (id: string | undefined): string => {
      if (!id) return t('cb.queue.unassigned');
      if (id === principal?.userId) return t('cb.queue.me');
      const user = items.find((u) => u.id === id);
      return user ? `${user.firstName} ${user.lastName}` : shortId(id);
    },
  };
}
