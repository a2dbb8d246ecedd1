import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../../api/client';
import { Fact } from '../../../app/Fact';
import { LoadError, Loading } from '../../../app/feedback';
import { CaseStatus } from '../../../features/complaints/common';
import { ComplainantUploads } from '../../../features/complaints/ComplainantFiles';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';
import { SectionCard } from '../../../app/SectionCard';

/**
 * Where the private link of the acknowledgement mail leads (public, no account): the complainant's
 * own case, its deadlines and the answer, the files they attached and a way to attach more while it
 * is open; never who handles it.
 */
export const Route = createFileRoute('/complaints/follow/$token')({ component: FollowComplaint });

function FollowComplaint() {
  const { t, i18n } = useTranslation();
  const { token } = Route.useParams();
  const complaint = useQuery({
    queryKey: ['complaints', 'follow', token],
    retry: false,
    queryFn: () => unwrap(api.GET('/api/v1/complaints/follow/{token}', { params: { path: { token } } })),
  });
  const c = complaint.data;
  usePageTitle(c ? t('complaints.follow.title', { reference: c.reference }) : t('complaints.lodge.title'));
  const date = (value: string) => formatDate(value, i18n.language);
  if (complaint.isPending) return <Loading lines={5} />;
  if (complaint.isError)
    return complaint.error instanceof ApiError && [400, 404].includes(complaint.error.problem.status) ? (
      <Alert color="red.9" role="alert">
        {t('complaints.follow.invalid')}
      </Alert>
    ) : (
      <LoadError error={complaint.error} retry={() => void complaint.refetch()} />
    );
  if (!c) return null;
  return (
    <Stack gap="lg" maw={820}>
      <Title order={1}>{t('complaints.follow.title', { reference: c.reference })}</Title>
      <div>
        <CaseStatus kind="complaint" status={c.status} />
      </div>
      <Card withBorder padding="lg">
        <Text fw={600} mb="sm">
          {c.subject}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
          <Fact label={t('complaints.follow.received')}>{date(c.receivedAt)}</Fact>
          {c.acknowledgedAt ? (
            <Fact label={t('complaints.follow.acknowledgedAt')}>{date(c.acknowledgedAt)}</Fact>
          ) : (
            <Fact label={t('complaints.follow.acknowledgeBy')}>{date(c.acknowledgeBy)}</Fact>
          )}
          {c.closedAt ? (
            <Fact label={t('complaints.follow.closedAt')}>{date(c.closedAt)}</Fact>
          ) : (
            <Fact label={t('complaints.follow.answerBy')}>{date(c.answerBy)}</Fact>
          )}
          {c.outcome && (
            <Fact label={t('complaints.detail.outcome')}>{t(`complaints.outcome.${c.outcome}`)}</Fact>
          )}
        </SimpleGrid>
      </Card>
      <SectionCard id="files" title={t('complaints.files.title')} titleGap="xs">
        <ComplainantUploads authorisation={c.upload?.authorisation} attached={c.files} />
      </SectionCard>
      {c.answer && (
        <SectionCard id="answer" title={t('complaints.follow.answer')} titleGap="xs">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.answer}</Text>
        </SectionCard>
      )}
      {c.dismissalReason && (
        <SectionCard id="dismissal" title={t('complaints.follow.dismissal')} titleGap="xs">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.dismissalReason}</Text>
        </SectionCard>
      )}
    </Stack>
  );
}
