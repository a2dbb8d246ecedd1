import { Stack, Text, Title } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../app/links';
import { LoadError } from '../app/feedback';
import { Shell } from '../app/Shell';

function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('app.notFound')}</Title>
      <Text>
        <AnchorLink to="/">{t('app.backHome')}</AnchorLink>
      </Text>
    </Stack>
  );
}

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: () => (
    <Shell>
      <Outlet />
    </Shell>
  ),
  notFoundComponent: NotFound,
  errorComponent: ({ error, reset }) => <LoadError error={error} retry={reset} />,
});
