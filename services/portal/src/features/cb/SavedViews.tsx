import { Button, CloseButton, Group, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/links';
import type { QueueSearch } from './queue-search';
import { MAX_NAME, readViews, withView, withoutView, writeViews, type SavedView } from './saved-views';

const storage = () => globalThis.localStorage as Storage | undefined;

/**
 * "My views": the queue's current filters saved under a name, in this browser and for this user;
 * each one a link to the queue with its filters in the URL (shared or bookmarked like any other).
 */
export function SavedViews({ userId, search }: { userId: string | undefined; search: QueueSearch }) {
  const { t } = useTranslation();
  const [views, setViews] = useState<SavedView[]>([]);
  const [name, setName] = useState('');
  useEffect(() => setViews(userId ? readViews(storage(), userId) : []), [userId]);
  if (!userId) return null;
  const update = (next: SavedView[]) => {
    writeViews(storage(), userId, next);
    setViews(next);
  };
  const { page: _page, ...filters } = search;
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" component="section" aria-label={t('cb.queue.savedViews')}>
      <Text size="sm" fw={500} mb={6}>
        {t('cb.queue.savedViews')}
      </Text>
      {views.length === 0 && (
        <Text size="sm" c="dimmed" mb={6}>
          {t('cb.queue.noSavedViews')}
        </Text>
      )}
      {views.map((view) => (
        <Group key={view.name} gap={2} mb={6} wrap="nowrap">
          <AnchorLink to="/cb/queue" search={view.search} size="sm">
            {view.name}
          </AnchorLink>
          <CloseButton
            size="sm"
            aria-label={t('cb.queue.removeView', { name: view.name })}
            onClick={() => update(withoutView(views, view.name))}
          />
        </Group>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim() || !filtered) return;
          update(withView(views, name, search));
          setName('');
        }}
      >
        <Group gap="xs" align="flex-end">
          <TextInput
            label={t('cb.queue.viewName')}
            placeholder={t('cb.queue.viewNameHint')}
            value={name}
            maxLength={MAX_NAME}
            onChange={(e) => setName(e.currentTarget.value)}
            size="xs"
            w={200}
          />
          <Button type="submit" size="xs" variant="light" disabled={!name.trim() || !filtered}>
            {t('cb.queue.saveView')}
          </Button>
        </Group>
      </form>
    </Group>
  );
}
