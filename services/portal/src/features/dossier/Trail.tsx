import { Group, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { StatusBadge, QueryList } from '../../app/feedback';
import { formatDateTime } from '../../lib/format';

/**
 * The dossier's audit trail, newest first: the applicant's timeline, and beside the instruction
 * the CB's record of who did what (`who` names the author).
 */
export function Trail({ dossierId, who }: { dossierId: string; who?: (userId: string) => string }) {
  const { t, i18n } = useTranslation();
  const trail = useQuery({
    queryKey: ['dossiers', dossierId, 'trail'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/dossiers/{dossierId}/trail', {
          params: { path: { dossierId }, query: { pageSize: 100 } },
        }),
      ),
  });
  return (
    <QueryList query={trail} empty={<Text c="dimmed">{t('dossier.noTimeline')}</Text>}>
      {({ items }) => (
        <Timeline bulletSize={14} lineWidth={2} active={items.length}>
          {items.map((entry, i) => (
            // The action in the user's language; the service's own wording for an action not translated yet.
            <Timeline.Item
              key={`${entry.at}-${i}`}
              title={t(`trail.${entry.action}`, { defaultValue: entry.what })}
            >
              <Group gap="xs">
                <StatusBadge status={entry.toStatus} />
                <Text size="sm" c="dimmed">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
                  {who && ` · ${t('dossier.by', { who: who(entry.who) })}`}
                </Text>
              </Group>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </QueryList>
  );
}
