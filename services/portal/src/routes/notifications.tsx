import { RpcCatalog } from '@certhub/contracts';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Pagination,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { operations } from '../api/schema';
import { QueryList } from '../app/feedback';
import { AnchorLink } from '../app/links';
import { formatDateTime } from '../lib/format';
import { flagParam, pageParam, textParam } from '../lib/search';
import { usePageTitle } from '../lib/title';

const PAGE_SIZE = 20;
// The inbox contract's own category list (the contracts do not export it on its own).
const NotificationCategorySchema = RpcCatalog['notification.inbox.list'].request.shape.category.unwrap();

type Category = NonNullable<
  NonNullable<operations['notification.inbox.list']['parameters']['query']>['category']
>;

export const Route = createFileRoute('/notifications')({
  validateSearch: (
    search: Record<string, unknown>,
  ): { page?: number; category?: Category; unread?: true } => ({
    page: pageParam(search['page']),
    category: textParam<Category>(search['category']),
    unread: flagParam(search['unread']),
  }),
  component: Inbox,
});

function Inbox() {
  const { t, i18n } = useTranslation();
  const { page = 1, category, unread } = Route.useSearch();
  const navigate = Route.useNavigate();
  const go = useNavigate();
  const queryClient = useQueryClient();
  usePageTitle(t('inbox.title'));
  const inbox = useQuery({
    queryKey: ['notifications', 'list', { page, category, unread }],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/notifications', {
          params: {
            query: {
              page,
              pageSize: PAGE_SIZE,
              sort: '-createdAt',
              ...(category ? { category } : {}),
              ...(unread ? { read: 'false' as const } : {}),
            },
          },
        }),
      ),
  });
  const markRead = useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      unwrap(api.POST('/api/v1/notifications/read', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('inbox.title')}</Title>
        <Group gap="md">
          <AnchorLink to="/preferences">{t('preferences.link')}</AnchorLink>
          <Button variant="light" onClick={() => markRead.mutate({ all: true })} loading={markRead.isPending}>
            {t('inbox.markAllRead')}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="lg">
        <Select
          label={t('inbox.category')}
          placeholder={t('inbox.allCategories')}
          clearable
          w={280}
          value={category ?? null}
          data={NotificationCategorySchema.options.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          onChange={(value) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                category: NotificationCategorySchema.safeParse(value).data,
                page: undefined,
              }),
            })
          }
        />
        <Switch
          label={t('inbox.unreadOnly')}
          checked={Boolean(unread)}
          onChange={(event) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                unread: event.currentTarget.checked || undefined,
                page: undefined,
              }),
            })
          }
          mb={8}
        />
      </Group>
      <QueryList query={inbox} lines={5} empty={<Text>{t('inbox.empty')}</Text>}>
        {(data) => (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.items.map((entry) => (
              <Card
                key={entry.id}
                component="li"
                withBorder
                padding="md"
                // Unread stands out by a bar, not a tinted background (links keep their contrast).
                style={entry.read ? undefined : { borderLeft: '4px solid var(--mantine-color-indigo-7)' }}
              >
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={4}>
                    <Group gap="xs">
                      <Badge variant="outline" color="gray" tt="none">
                        {t(`category.${entry.category}`)}
                      </Badge>
                      {!entry.read && (
                        <Badge color="indigo" tt="none">
                          {t('inbox.unread')}
                        </Badge>
                      )}
                    </Group>
                    <Text fw={entry.read ? 400 : 600}>
                      {entry.link ? (
                        <Anchor
                          href={entry.link}
                          onClick={(event) => {
                            // The link is the action: going there reads the notification.
                            event.preventDefault();
                            if (!entry.read) markRead.mutate({ ids: [entry.id] });
                            void go({ href: entry.link as string });
                          }}
                        >
                          {entry.title}
                        </Anchor>
                      ) : (
                        entry.title
                      )}
                    </Text>
                    <Text size="sm">{entry.content}</Text>
                    <Text size="sm" c="dimmed">
                      <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, i18n.language)}</time>
                    </Text>
                  </Stack>
                  {!entry.read && (
                    <Button
                      variant="subtle"
                      size="xs"
                      onClick={() => markRead.mutate({ ids: [entry.id] })}
                      aria-label={`${t('inbox.markRead')} : ${entry.title}`}
                    >
                      {t('inbox.markRead')}
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryList>
      {inbox.data && inbox.data.total > PAGE_SIZE && (
        <Pagination
          total={Math.ceil(inbox.data.total / PAGE_SIZE)}
          value={page}
          onChange={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
          aria-label={t('inbox.pagination')}
        />
      )}
    </Stack>
  );
}
