import { Grid, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Fact } from '../../app/Fact';
import { Loading, PlainList } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { CaseStatus, CaseTrail, Overdue, caseNotFound } from '../../features/complaints/common';
import { ComplaintHandling } from '../../features/complaints/ComplaintHandling';
import { Evidence } from '../../features/complaints/Evidence';
import { useCaseNames } from '../../features/complaints/names';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/title';
import { SectionCard } from '../../app/SectionCard';

const complaintQuery = (complaintId: string) =>
  queryOptions({
    queryKey: ['complaints', complaintId],
    queryFn: () => unwrap(api.GET('/api/v1/complaints/{complaintId}', { params: { path: { complaintId } } })),
  });

export const Route = createFileRoute('/complaints/$complaintId')({
  loader: ({ context, params }) => context.queryClient.ensureQueryData(complaintQuery(params.complaintId)),
  pendingComponent: () => <Loading lines={8} />,
  errorComponent: caseNotFound('complaints.detail.notFound'),
  component: ComplaintPage,
});

/** One complaint as its handlers see it: the facts, the complainant, deadlines, steps and trail. */
function ComplaintPage() {
  const { t, i18n } = useTranslation();
  const { complaintId } = Route.useParams();
  const { data: c } = useSuspenseQuery(complaintQuery(complaintId));
  const names = useCaseNames();
  usePageTitle(t('complaints.detail.title', { reference: c.reference }));
  const date = (value: string) => formatDate(value, i18n.language);
  return (
    <Stack gap="lg">
      <AnchorLink to="/complaints" size="sm">
        {t('complaints.detail.back')}
      </AnchorLink>
      <Title order={1}>{t('complaints.detail.title', { reference: c.reference })}</Title>
      <div>
        <CaseStatus kind="complaint" status={c.status} />
        <Overdue overdue={c.overdue} />
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <SectionCard id="facts" title={c.subject}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} mb="md">
                <Fact label={t('complaints.register.about')}>{t(`complaints.about.${c.about}`)}</Fact>
                {c.certificateNumber && (
                  <Fact label={t('complaints.detail.certificate')}>
                    <AnchorLink to="/registry/$number" params={{ number: c.certificateNumber }}>
                      {c.certificateNumber}
                    </AnchorLink>
                  </Fact>
                )}
                {c.organisationName && (
                  <Fact label={t('complaints.detail.organisation')}>{c.organisationName}</Fact>
                )}
                {c.dossierId && (
                  <Fact label={t('complaints.detail.dossier')}>
                    <AnchorLink to="/cb/dossiers/$dossierId" params={{ dossierId: c.dossierId }}>
                      {c.dossierId}
                    </AnchorLink>
                  </Fact>
                )}
                <Fact label={t('complaints.detail.handler')}>
                  {c.handlerId ? names.name(c.handlerId) : '—'}
                </Fact>
              </SimpleGrid>
              <Title order={3} size="h5" mb={4}>
                {t('complaints.detail.facts')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{c.facts}</Text>
            </SectionCard>
            <SectionCard id="handling" title={t('complaints.detail.handling')}>
              <ComplaintHandling complaint={c} />
            </SectionCard>
            <SectionCard id="evidence" title={t('complaints.detail.evidence')}>
              <Evidence
                contextId={c.evidenceContextId}
                readOnly={c.status === 'closed' || c.status === 'dismissed'}
              />
            </SectionCard>
            <SectionCard id="complainant-files" title={t('complaints.files.staffTitle')}>
              <Evidence
                contextId={c.complainantFilesContextId}
                label={t('complaints.files.staffTitle')}
                readOnly
              />
            </SectionCard>
            {(c.actions?.length ?? 0) > 0 && (
              <SectionCard id="actions" title={t('complaints.detail.actions')}>
                <PlainList gap={4}>
                  {c.actions?.map((a) => (
                    <li key={`${a.kind}-${a.at}`}>
                      {t(`complaints.detail.actionKinds.${a.kind}`)} · {date(a.at)} · {names.name(a.by)}
                    </li>
                  ))}
                </PlainList>
              </SectionCard>
            )}
            {(c.answer || c.dismissalReason) && (
              <SectionCard
                id="answer"
                title={c.answer ? t('complaints.detail.answer') : t('complaints.detail.dismissal')}
              >
                {c.outcome && <Text fw={600}>{t(`complaints.outcome.${c.outcome}`)}</Text>}
                <Text style={{ whiteSpace: 'pre-wrap' }}>{c.answer ?? c.dismissalReason}</Text>
              </SectionCard>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <SectionCard id="complainant" title={t('complaints.detail.complainant')}>
              <Text fw={600}>{c.complainant.name}</Text>
              <Text size="sm">{c.complainant.email}</Text>
              {c.complainant.phone && <Text size="sm">{c.complainant.phone}</Text>}
              {c.complainant.organisation && <Text size="sm">{c.complainant.organisation}</Text>}
            </SectionCard>
            <SectionCard id="deadlines" title={t('complaints.detail.deadlines')}>
              <PlainList gap={4}>
                <li>{t('complaints.detail.acknowledgeBy', { date: date(c.acknowledgeBy) })}</li>
                <li>{t('complaints.detail.answerBy', { date: date(c.answerBy) })}</li>
              </PlainList>
            </SectionCard>
            <SectionCard id="trail" title={t('complaints.detail.trail')}>
              <CaseTrail trail={c.trail ?? []} who={names.name} />
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
