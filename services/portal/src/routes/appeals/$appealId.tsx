import { Alert, Grid, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Fact } from '../../app/Fact';
import { Loading } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { usePrincipal } from '../../app/session';
import { AppealHandling } from '../../features/complaints/AppealHandling';
import { CaseStatus, CaseTrail, Overdue, caseNotFound } from '../../features/complaints/common';
import { useCaseNames } from '../../features/complaints/names';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/title';
import { SectionCard } from '../../app/SectionCard';
import { Hint } from '../../app/Hint';

const appealQuery = (appealId: string) =>
  queryOptions({
    queryKey: ['appeals', appealId],
    queryFn: () => unwrap(api.GET('/api/v1/appeals/{appealId}', { params: { path: { appealId } } })),
  });

export const Route = createFileRoute('/appeals/$appealId')({
  loader: ({ context, params }) => context.queryClient.ensureQueryData(appealQuery(params.appealId)),
  pendingComponent: () => <Loading lines={8} />,
  errorComponent: caseNotFound('complaints.appeal.notFound'),
  component: AppealPage,
});

/** One appeal, for the CB handling it and for the appellant: grounds, decision, steps, trail. */
function AppealPage() {
  const { t, i18n } = useTranslation();
  const { appealId } = Route.useParams();
  const { data: a } = useSuspenseQuery(appealQuery(appealId));
  const cbSide = usePrincipal().data?.tenantType === 'cb';
  const names = useCaseNames();
  usePageTitle(t('complaints.appeal.title', { reference: a.reference }));
  const date = (value: string) => formatDate(value, i18n.language);
  // The appellant reads no CB member's name: the steps only.
  const who = (id: string) => (cbSide ? names.name(id) : '');
  return (
    <Stack gap="lg">
      <AnchorLink to="/appeals" size="sm">
        {t('complaints.appeal.back')}
      </AnchorLink>
      <Title order={1}>{t('complaints.appeal.title', { reference: a.reference })}</Title>
      <div>
        <CaseStatus kind="appeal" status={a.status} />
        <Overdue overdue={a.overdue} />
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <SectionCard id="grounds" title={t(`complaints.appeals.decisions.${a.decision}`)}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} mb="md">
                <Fact label={t('complaints.appeals.dossier')}>
                  {cbSide ? (
                    <AnchorLink to="/cb/dossiers/$dossierId" params={{ dossierId: a.dossierId }}>
                      {a.dossierReference}
                    </AnchorLink>
                  ) : (
                    <AnchorLink to="/dossiers/$dossierId" params={{ dossierId: a.dossierId }}>
                      {a.dossierReference}
                    </AnchorLink>
                  )}
                </Fact>
                <Fact label={t('complaints.appeal.contestedAt')}>{date(a.contestedAt)}</Fact>
                <Fact label={t('complaints.appeals.lodged')}>{date(a.lodgedAt)}</Fact>
                <Fact label={t('complaints.appeals.answerBy')}>{date(a.answerBy)}</Fact>
                {a.severity && (
                  <Fact label={t('complaints.appeal.severity')}>{t(`findings.severity.${a.severity}`)}</Fact>
                )}
                {cbSide && (
                  <Fact label={t('complaints.appeal.handler')}>
                    {a.handlerId ? names.name(a.handlerId) : '—'}
                  </Fact>
                )}
              </SimpleGrid>
              {a.effectSuspended ? (
                <Alert color="orange" p="xs">
                  {t('complaints.appeal.effectSuspended', {
                    date: date(a.effectSuspended.at),
                    reason: a.effectSuspended.reason,
                  })}
                </Alert>
              ) : (
                (a.status === 'lodged' || a.status === 'investigating') && (
                  <Hint>{t('complaints.appeal.inForce')}</Hint>
                )
              )}
              <Title order={3} size="h5" mt="md" mb={4}>
                {t('complaints.appeal.grounds')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{a.grounds}</Text>
            </SectionCard>
            <SectionCard id="handling" title={t('complaints.detail.handling')}>
              <AppealHandling appeal={a} />
            </SectionCard>
            {a.answer && (
              <SectionCard id="answer" title={t('complaints.appeal.answer')}>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{a.answer}</Text>
              </SectionCard>
            )}
            {a.review && (
              <SectionCard id="review" title={t('complaints.appeal.reviewSection')}>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{a.review}</Text>
              </SectionCard>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SectionCard id="trail" title={t('complaints.detail.trail')}>
            <CaseTrail trail={a.trail ?? []} who={who} />
          </SectionCard>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
