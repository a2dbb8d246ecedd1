import { Group, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { PlainList } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { formatTotal } from '../../lib/format';
import { QUEUE_VIEWS, type QueueView } from './queue-search';
import '../../i18n/cb';
import { SectionCard } from '../../app/SectionCard';

const SHOWN: QueueView[] = [
  'to_instruct',
  'questionnaire_findings',
  'contract',
  'audit',
  'findings',
  'decision',
];

/** The CB's home: how many dossiers wait at each step, each count a link to that view of the queue. */
export default function CbOverview() {
  const { t, i18n } = useTranslation();
  const counts = useQueries({
    queries: SHOWN.map((view) => ({
      queryKey: ['dossiers', 'queue-count', view],
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/dossiers', {
            params: { query: { pageSize: 1, status: [...QUEUE_VIEWS[view]] } },
          }),
        ),
    })),
  });
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <SectionCard id="queue-title" titleGap="md" title={t('cb.queue.title')}>
        <PlainList gap="xs">
          {SHOWN.map((view, i) => (
            <Group key={view} component="li" justify="space-between">
              <AnchorLink to="/cb/queue" search={{ view }}>
                {t(`cb.queue.views.${view}`)}
              </AnchorLink>
              {counts[i]?.data ? (
                <Text fw={600}>{formatTotal(counts[i].data, i18n.language)}</Text>
              ) : (
                <Skeleton height={18} width={32} />
              )}
            </Group>
          ))}
        </PlainList>
      </SectionCard>
      <SectionCard id="review-title" titleGap="md" title={t('cb.review.title')}>
        <PlainList gap="xs">
          <li>
            <AnchorLink to="/cb/findings" search={{ state: 'open' }}>
              {t('cb.review.states.open')}
            </AnchorLink>
          </li>
          <li>
            <AnchorLink to="/cb/findings" search={{ state: 'open', overdue: true }}>
              {t('cb.review.overdueOnly')}
            </AnchorLink>
          </li>
        </PlainList>
      </SectionCard>
    </SimpleGrid>
  );
}
