import { RpcCatalog } from '@certhub/contracts';
import { Anchor, Badge, Button, Card, Checkbox, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { operations } from '../api/schema';
import { QueryList } from '../app/feedback';
import { ListPages } from '../app/ListPages';
import { AnchorLink } from '../app/links';
import { formatDateTime } from '../lib/format';
import { TypedFilter } from '../app/TypedFilter';
import { flagParam, pageParam, queryParam, textParam } from '../lib/search';
import { ChoiceFilter } from '../app/ChoiceFilter';
import { useListPage } from '../app/list-page';
import { filledIn } from '../api/request-fields';

const PAGE_SIZE = 20;
// The inbox contract's own category list (the contracts do not export it on its own).
const NotificationCategorySchema = RpcCatalog['notification.inbox.list'].request.shape.category.unwrap();

type Category = NonNullable<
  NonNullable<operations['notification.inbox.list']['parameters']['query']>['category']
>;

export const Route = createFileRoute('/notifications')({
  validateSearch: (
    search: Record<string, unknown>,
  ): { page?: number; category?: Category; unread?: true; title?: string; content?: string } => ({
    page: pageParam(search['page']),
    category: textParam<Category>(search['category']),
    unread: flagParam(search['unread']),
    title: queryParam(search['title'], 100),
    content: queryParam(search['content'], 100),
  }),
  component: Inbox,
});

function Inbox() {
  const { t, i18n } = useTranslation();
  const go = useNavigate();
  const queryClient = useQueryClient();
  const {
    search,
    nav,
    query: inbox,
    paged,
  } = useListPage(Route, {
    title: t('inbox.title'),
    queryKey: ['notifications', 'list'],
    pageSize: PAGE_SIZE,
    fetch: ({ category, unread, title, content }, paging) =>
      api.GET('/api/v1/notifications', {
        params: {
          query: {
            ...paging,
            sort: '-createdAt',
            ...filledIn({ category, read: unread && ('false' as const), title, content }),
          },
        },
      }),
  });
  // The guide's bulk reading: tick entries (or the whole page), then mark the selection read.
  const [selected, setSelected] = useState<string[]>([]);
  const markRead = useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      unwrap(api.POST('/api/v1/notifications/read', { body })),
    onSuccess: async (_, body) => {
      if ('ids' in body) setSelected((ids) => ids.filter((id) => !body.ids.includes(id)));
      else setSelected([]);
      await queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
  const unreadShown = (inbox.data?.items ?? []).filter((e) => !e.read).map((e) => e.id);
  const allTicked = unreadShown.length > 0 && unreadShown.every((id) => selected.includes(id));

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
        <ChoiceFilter
          label={t('inbox.category')}
          placeholder={t('inbox.allCategories')}
          value={search.category}
          choices={NotificationCategorySchema.options}
          labelOf={(c) => t(`category.${c}`)}
          onChange={(category) => nav.set({ category })}
          width={280}
        />
        <TypedFilter
          label={t('inbox.titleFilter')}
          placeholder={t('inbox.containsHint')}
          value={search.title ?? ''}
          onChange={(text) => nav.set({ title: text || undefined })}
          width={220}
        />
        <TypedFilter
          label={t('inbox.contentFilter')}
          placeholder={t('inbox.containsHint')}
          value={search.content ?? ''}
          onChange={(text) => nav.set({ content: text || undefined })}
          width={220}
        />
        <Switch
          label={t('inbox.unreadOnly')}
          checked={Boolean(search.unread)}
          onChange={(event) => nav.set({ unread: event.currentTarget.checked || undefined })}
          mb={8}
        />
      </Group>
      {unreadShown.length > 0 && (
        <Group gap="md">
          <Checkbox
            label={t('inbox.selectPage')}
            checked={allTicked}
            indeterminate={!allTicked && unreadShown.some((id) => selected.includes(id))}
            onChange={() =>
              setSelected(
                allTicked
                  ? selected.filter((id) => !unreadShown.includes(id))
                  : [...new Set([...selected, ...unreadShown])],
              )
            }
          />
          <Button
            variant="default"
            size="xs"
            disabled={!selected.length}
            loading={markRead.isPending && markRead.variables && 'ids' in markRead.variables}
            onClick={() => markRead.mutate({ ids: selected.slice(0, 100) })}
          >
            {t('inbox.markSelectedRead', { count: selected.length })}
          </Button>
        </Group>
      )}
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
                  {!entry.read && (
                    <Checkbox
                      mt={4}
                      aria-label={t('inbox.select', { title: entry.title })}
                      checked={selected.includes(entry.id)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setSelected((ids) => (on ? [...ids, entry.id] : ids.filter((id) => id !== entry.id)));
                      }}
                    />
                  )}
                  <Stack gap={4} style={{ flex: 1 }}>
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
      {inbox.data && (
        <ListPages
          total={inbox.data.total}
          pageSize={PAGE_SIZE}
          page={paged.page}
          onChange={nav.page}
          label={t('inbox.pagination')}
        />
      )}
    </Stack>
  );
}
