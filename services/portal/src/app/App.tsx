import { Button, Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createRouter } from '@tanstack/react-router';
import type { User, UserManager } from 'oidc-client-ts';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { trackUser } from '../auth/auth';
import { SIGN_IN_PATH, forgetSession } from '../auth/boot';
import { routeTree } from '../routeTree.gen';
import { SessionContext, type Session } from './session';
import { cssVariables, theme } from './theme';

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Queries own the caching; the router only starts them early.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

export function Providers({
  children,
  queryClient,
  env = 'default',
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  /** `test`: no transitions or portals (component tests). */
  env?: 'default' | 'test';
}) {
  const client = useMemo(
    () =>
      queryClient ??
      new QueryClient({
        defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true } },
      }),
    [queryClient],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables} env={env}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

/**
 * `user` null: a visitor on a public page (registration); the shell then offers to sign in. A
 * visitor has no OIDC client (boot.ts): signing in starts from a plain link.
 */
export function App({ userManager, user }: { userManager?: UserManager; user: User | null }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }),
  );
  const [router] = useState(() => createAppRouter(queryClient));
  const session = useMemo<Session | null>(
    () =>
      user && userManager
        ? {
            user,
            userManager,
            signOut: async () => {
              queryClient.clear();
              forgetSession();
              await userManager.signoutRedirect();
            },
          }
        : null,
    [user, userManager, queryClient],
  );
  useEffect(() => {
    if (!userManager) return;
    trackUser(userManager, user);
    // The refresh token expired (idle too long): sign in again, coming back here.
    const onRenewError = () =>
      void userManager.signinRedirect({ state: { returnTo: window.location.pathname } });
    userManager.events.addSilentRenewError(onRenewError);
    return () => userManager.events.removeSilentRenewError(onRenewError);
  }, [userManager, user]);
  return (
    <Providers queryClient={queryClient}>
      <SessionContext.Provider value={session}>
        <RouterProvider router={router} />
      </SessionContext.Provider>
    </Providers>
  );
}

export function Redirecting() {
  const { t } = useTranslation();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <Center h="100vh">
        <Stack align="center" gap="sm" role="status">
          <Loader aria-hidden />
          <Text>{t('app.signingIn')}</Text>
        </Stack>
      </Center>
    </MantineProvider>
  );
}

export function BootFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <Center h="100vh" component="main">
        <Stack align="center" gap="md" role="alert">
          <Text fw={600}>{t('app.signInFailed')}</Text>
          <Text c="dimmed" size="sm">
            {error instanceof Error ? error.message : String(error)}
          </Text>
          <Button component="a" href={SIGN_IN_PATH}>
            {t('app.signInAgain')}
          </Button>
        </Stack>
      </Center>
    </MantineProvider>
  );
}
