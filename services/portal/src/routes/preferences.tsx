import { Badge, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { FormError, PlainList, QueryView } from '../app/feedback';
import { usePageTitle } from '../lib/title';

export const Route = createFileRoute('/preferences')({ component: Preferences });

const preferencesKey = ['notifications', 'preferences'];

/** Which notifications also come by e-mail, one switch per category; each change is saved at once. */
function Preferences() {
  const { t } = useTranslation();
  usePageTitle(t('preferences.title'));
  const queryClient = useQueryClient();
  const preferences = useQuery({
    queryKey: preferencesKey,
    queryFn: () => unwrap(api.GET('/api/v1/notifications/preferences')),
  });
  const update = useMutation({
    mutationFn: (categories: Record<string, boolean>) =>
      unwrap(api.PUT('/api/v1/notifications/preferences', { body: { categories } })),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved),
  });
  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t('preferences.title')}</Title>
      <Text>{t('preferences.intro')}</Text>
      <QueryView query={preferences}>
        {({ categories }) => (
          <Card withBorder padding="lg">
            <PlainList gap="md">
              {categories.map((c) => (
                <li key={c.category}>
                  {c.mandatory ? (
                    // Always sent: said in words, not as a switch that cannot move.
                    <Group gap="sm">
                      <Text size="sm">{t(`category.${c.category}`)}</Text>
                      <Badge variant="light" color="gray" tt="none">
                        {t('preferences.mandatory')}
                      </Badge>
                    </Group>
                  ) : (
                    <Switch
                      label={t(`category.${c.category}`)}
                      checked={c.enabled}
                      disabled={update.isPending}
                      onChange={(event) => update.mutate({ [c.category]: event.currentTarget.checked })}
                    />
                  )}
                </li>
              ))}
            </PlainList>
          </Card>
        )}
      </QueryView>
      <FormError error={update.error} message={(message) => t('preferences.failed', { message })} />
      <Text role="status" c="dimmed" size="sm">
        {update.isSuccess ? t('preferences.saved') : ''}
      </Text>
    </Stack>
  );
}
