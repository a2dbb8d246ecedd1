import { Badge, Card, Grid, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { Loading, QueryView, ToneBadge, badgeText } from '../../../app/feedback';
import { AnchorLink } from '../../../app/links';
import { DossierNotFound } from '../../../features/cb/DossierNotFound';
import { FindingEvidence } from '../../../features/cb/FindingEvidence';
import { FindingSteps, ItemsReview } from '../../../features/cb/FindingReview';

import { useCbPeople } from '../../../features/cb/people';
import { DossierLink } from '../../../features/cb/DossierLink';
import { Thread } from '../../../features/findings/FindingCard';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';
import { SectionCard } from '../../../app/SectionCard';

const findingQuery = (findingId: string) =>
  queryOptions({
    queryKey: ['findings', findingId],
    queryFn: () => unwrap(api.GET('/api/v1/findings/{findingId}', { params: { path: { findingId } } })),
  });

export const Route = createFileRoute('/cb/findings/$findingId')({
  loader: ({ context, params }) => context.queryClient.ensureQueryData(findingQuery(params.findingId)),
  pendingComponent: () => <Loading lines={8} />,
  errorComponent: DossierNotFound,
  component: FindingPage,
});

/** One audit finding under review: the observation, the analyst's steps, MC and PM, thread, history. */
function FindingPage() {
  const { t, i18n } = useTranslation();
  const { findingId } = Route.useParams();
  const finding = useQuery(findingQuery(findingId));
  const people = useCbPeople();
  usePageTitle(finding.data?.number);
  return (
    <QueryView query={finding} lines={8}>
      {(f) => {
        const severity = f.severity === 'major' ? 'red' : 'orange';
        return (
          <Stack gap="lg">
            <Group gap="lg">
              <AnchorLink to="/cb/findings" size="sm">
                {t('cb.review.back')}
              </AnchorLink>
              <DossierLink dossierId={f.dossierId} dossierReference={f.dossierReference} />
            </Group>
            <Group justify="space-between" align="center">
              <Group gap="sm">
                <Title order={1}>{f.number}</Title>
                <ToneBadge size="lg" color={severity}>
                  {t(`findings.severity.${f.severity}`)}
                </ToneBadge>
                <Badge
                  color={f.open ? 'indigo' : 'green.9'}
                  c={f.open ? undefined : badgeText('green')}
                  variant="outline"
                  tt="none"
                  size="lg"
                >
                  {t(`findings.status.${f.status}`)}
                </Badge>
                {f.late && (
                  <Badge variant="outline" color="gray.8" tt="none" size="lg">
                    {t('cb.review.late')}
                  </Badge>
                )}
              </Group>
              <Text c={f.overdue ? 'red.9' : 'dimmed'} fw={f.overdue ? 600 : undefined}>
                {t(f.overdue ? 'findings.overdue' : 'findings.due', {
                  date: formatDate(f.dueDate, i18n.language),
                })}
              </Text>
            </Group>
            <Grid gap="lg" align="flex-start">
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <Stack gap="lg">
                  <SectionCard id="observation-title" title={t('cb.review.description')}>
                    <Stack gap="xs">
                      <Text size="sm" c="dimmed">
                        {t('findings.requirement', { id: f.requirementId })} ·{' '}
                        {t('cb.review.recorded', { date: formatDate(f.recordedAt, i18n.language) })}
                      </Text>
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{f.description}</Text>
                      {f.closingMeetingMeasures && (
                        <Text size="sm">{t('findings.agreed', { measures: f.closingMeetingMeasures })}</Text>
                      )}
                      <FindingEvidence finding={f} canAttach={false} />
                    </Stack>
                  </SectionCard>
                  <SectionCard id="steps-title" title={t('cb.review.steps')}>
                    <FindingSteps finding={f} />
                  </SectionCard>
                  <ItemsReview finding={f} kind="measure" />
                  <ItemsReview finding={f} kind="proof" />
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <Stack gap="lg">
                  <Card withBorder padding="lg">
                    <Thread finding={f} side="certification_body" />
                  </Card>
                  <SectionCard id="history-title" titleGap="md" title={t('cb.review.history')}>
                    <Timeline bulletSize={12} lineWidth={2} active={f.trail?.length ?? 0}>
                      {[...(f.trail ?? [])].reverse().map((entry, i) => (
                        <Timeline.Item
                          key={`${entry.at}-${i}`}
                          title={t(`cb.review.actions.${entry.action}`, {
                            defaultValue: t(`findings.status.${entry.to}`),
                          })}
                        >
                          <Text size="xs" c="dimmed">
                            <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time> ·{' '}
                            {t('dossier.by', { who: people.name(entry.by) })}
                          </Text>
                          <Text size="xs">
                            {t('cb.review.nowStatus', { status: t(`findings.status.${entry.to}`) })}
                          </Text>
                        </Timeline.Item>
                      ))}
                    </Timeline>
                  </SectionCard>
                </Stack>
              </Grid.Col>
            </Grid>
          </Stack>
        );
      }}
    </QueryView>
  );
}
