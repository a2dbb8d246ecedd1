import type { Principal } from '@certhub/contracts';
import { useQuery } from '@tanstack/react-query';
import type { User, UserManager } from 'oidc-client-ts';
import { createContext, useContext } from 'react';
import { accessToken } from '../auth/auth';
import { api, unwrap } from '../api/client';

export interface Session {
  user: User;
  userManager: UserManager;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside of the signed-in app');
  return session;
}

/** Null for a visitor of a public page. */
export const useOptionalSession = (): Session | null => useContext(SessionContext);

/** Who the gateway says the caller is (the token's tenant and roles, as the API enforces them). */
export function usePrincipal() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Principal> => {
      const res = await fetch('/api/v1/me', { headers: { Authorization: `Bearer ${accessToken() ?? ''}` } });
      if (!res.ok) throw new Error(`/api/v1/me answered ${res.status}`);
      return (await res.json()) as Principal;
    },
    staleTime: Infinity,
  });
}

/** The applicant's organisation, for the header. */
export function useOrganisation() {
  const principal = usePrincipal().data;
  const organisationId = principal?.tenantType === 'organisation' ? principal.tenantId : undefined;
  return useQuery({
    queryKey: ['organisation', organisationId],
    enabled: Boolean(organisationId),
    staleTime: 5 * 60_000,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organisations/{organisationId}', {
          params: { path: { organisationId: organisationId as string } },
        }),
      ),
  });
}
