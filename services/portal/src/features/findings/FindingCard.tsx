import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError, PlainList, ToneBadge, QueryList } from '../../app/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import type { Finding } from './api';
import { FindingItems } from './items';
import '../../i18n/journey';
import { Hint } from '../../app/Hint';

/** Who reads the thread: each side's own messages are "ours". */
const SIDE_WORDS = {
  applicant: { title: 'findings.messages', own: 'findings.fromUs', other: 'findings.fromCb' },
  certification_body: {
    title: 'cb.review.messagesWith',
    own: 'cb.review.fromUs',
    other: 'cb.review.fromApplicant',
  },
} as const;

/** The messages between the applicant and the analyst about one finding, oldest first. */
export function Thread({
  finding,
  side = 'applicant',
}: {
  finding: Pick<Finding, 'id' | 'number'>;
  side?: keyof typeof SIDE_WORDS;
}) {
  const words = SIDE_WORDS[side];
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const key = ['findings', finding.id, 'messages'];
  const messages = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/findings/{findingId}/messages', {
          params: { path: { findingId: finding.id }, query: { pageSize: 100 } },
        }),
      ),
  });
  const post = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/findings/{findingId}/messages', {
          params: { path: { findingId: finding.id } },
          body: { body: body.trim() },
        }),
      ),
    onSuccess: async () => {
      setBody('');
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  return (
    <Stack gap="xs" component="section" aria-label={t('findings.thread', { number: finding.number })}>
      <Text fw={600} size="sm">
        {t(words.title)}
      </Text>
      <QueryList query={messages} lines={1} empty={<Hint>{t('findings.noMessages')}</Hint>}>
        {({ items }) => (
          <PlainList gap="xs">
            {[...items]
              .sort((a, b) => a.at.localeCompare(b.at))
              .map((m) => (
                <li key={m.id} className="message" data-side={m.authorSide}>
                  <Text size="xs" c="dimmed">
                    {t(m.authorSide === side ? words.own : words.other)} ·{' '}
                    <time dateTime={m.at}>{formatDateTime(m.at, i18n.language)}</time>
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {m.body}
                  </Text>
                </li>
              ))}
          </PlainList>
        )}
      </QueryList>
      <Textarea
        label={t('findings.newMessage', { number: finding.number })}
        value={body}
        autosize
        minRows={2}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <FormError error={post.error} message={(message) => t('findings.failed', { message })} />
      <Button
        size="xs"
        variant="light"
        w="fit-content"
        disabled={!body.trim()}
        loading={post.isPending}
        onClick={() => post.mutate()}
      >
        {t('findings.send')}
      </Button>
    </Stack>
  );
}

/** One non-conformity as the applicant sees it: what, against which requirement, by when, its steps. */
export function FindingCard({ finding }: { finding: Finding }) {
  const { t, i18n } = useTranslation();
  const [threadOpen, setThreadOpen] = useState(false);
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={`finding-${finding.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={2} size="h4" id={`finding-${finding.id}`}>
              {finding.number}
            </Title>
            <ToneBadge color={finding.severity === 'major' ? 'red' : 'orange'}>
              {t(`findings.severity.${finding.severity}`)}
            </ToneBadge>
            <Badge color={finding.open ? 'indigo' : 'green.9'} variant="outline" tt="none">
              {t(`findings.status.${finding.status}`)}
            </Badge>
          </Group>
          <Text size="sm" c={finding.overdue ? 'red.9' : 'dimmed'}>
            {t(finding.overdue ? 'findings.overdue' : 'findings.due', {
              date: formatDate(finding.dueDate, i18n.language),
            })}
          </Text>
        </Group>
        <Hint>{t('findings.requirement', { id: finding.requirementId })}</Hint>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{finding.description}</Text>
        {finding.closingMeetingMeasures && (
          <Text size="sm">{t('findings.agreed', { measures: finding.closingMeetingMeasures })}</Text>
        )}
        <FindingItems finding={finding} kind="measure" />
        <FindingItems finding={finding} kind="proof" />
        {threadOpen ? (
          <Thread finding={finding} />
        ) : (
          <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setThreadOpen(true)}>
            {t('findings.openThread', { number: finding.number })}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
