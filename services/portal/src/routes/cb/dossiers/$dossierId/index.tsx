import type { Answers, Questionnaire } from '@certhub/contracts';
import { Box, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Fact } from '../../../../app/Fact';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../../api/client';
import { mayCall } from '../../../../api/may-call';
import { LoadError, Loading, QueryView, StatusBadge } from '../../../../app/feedback';
import { AnchorLink } from '../../../../app/links';
import { useNames } from '../../../../app/names';
import { dossierQuery, questionnaireQuery, schemeQuery } from '../../../../app/queries';
import { DossierNotFound } from '../../../../features/cb/DossierNotFound';
import {
  Admissibility,
  AssignAnalyst,
  Contract,
  type Dossier,
} from '../../../../features/cb/InstructionPanels';
import { shortId, useCbPeople } from '../../../../features/cb/people';
import { QuestionnaireReview, questionnaireFindingsKey } from '../../../../features/cb/QuestionnaireReview';
import { RenewalDocuments } from '../../../../features/cb/RenewalDocuments';
import { Trail } from '../../../../features/dossier/Trail';
import { formatDate } from '../../../../lib/format';
import { usePageTitle } from '../../../../lib/title';
import { SectionCard } from '../../../../app/SectionCard';

export const Route = createFileRoute('/cb/dossiers/$dossierId/')({
  loader: ({ context, params }) => context.queryClient.ensureQueryData(dossierQuery(params.dossierId)),
  pendingComponent: () => <Loading lines={8} />,
  errorComponent: DossierNotFound,
  component: InstructionPage,
});

function Facts({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const people = useCbPeople();
  return (
    <SectionCard id="facts-title" title={t('cb.instruct.facts')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="dl" m={0}>
          <Fact label={t('cb.instruct.organisation')}>
            <span title={dossier.organisationId}>{shortId(dossier.organisationId)}</span>
          </Fact>
          <Fact label={t('dossiers.scheme')}>{names.scheme(dossier.schemeId)}</Fact>
          <Fact label={t('dossiers.level')}>
            {dossier.level ? names.level(dossier.schemeId, dossier.level) : '—'}
          </Fact>
          <Fact label={t('cb.instruct.analyst')}>{people.name(dossier.analystId)}</Fact>
          <Fact label={t('dossier.questionnaire')}>
            {dossier.questionnaire.submittedAt
              ? t('cb.instruct.submitted', {
                  date: formatDate(dossier.questionnaire.submittedAt, i18n.language),
                })
              : t('dossier.notSubmitted')}
          </Fact>
          <Fact label={t('cb.queue.age')}>
            {t('cb.instruct.opened', { date: formatDate(dossier.createdAt, i18n.language) })}
          </Fact>
        </SimpleGrid>
        {people.isAdmin && <AssignAnalyst key={dossier.analystId ?? 'none'} dossier={dossier} />}
      </Stack>
    </SectionCard>
  );
}

function QuestionnairePanel({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const people = useCbPeople();
  const saved = useQuery(questionnaireQuery(dossier.id));
  const scheme = useQuery({
    ...schemeQuery(saved.data?.schemeId ?? '', saved.data?.schemeVersion ?? ''),
    enabled: Boolean(saved.data),
  });
  const findings = useQuery({
    queryKey: questionnaireFindingsKey(dossier.id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/dossiers/{dossierId}/questionnaire/findings', {
          params: { path: { dossierId: dossier.id } },
        }),
      ),
  });
  const failed = saved.error ?? scheme.error ?? findings.error;
  return (
    <>
      {findings.data && <Admissibility dossier={dossier} findings={findings.data.items} />}
      <Contract dossier={dossier} mayRecord={mayCall(people.roles, 'dossier.contracts.record')} />
      <SectionCard id="questionnaire-title" title={t('cb.instruct.questionnaire')}>
        <Stack gap="sm">
          <Text size="sm">{t('cb.instruct.questionnaireIntro')}</Text>
          {failed ? (
            <LoadError error={failed} retry={() => void saved.refetch()} />
          ) : !saved.data || !scheme.data || !findings.data ? (
            <Loading lines={6} />
          ) : (
            <QuestionnaireReview
              dossierId={dossier.id}
              status={dossier.status}
              questionnaire={scheme.data.questionnaire as unknown as Questionnaire}
              answers={saved.data.answers as Answers}
              findings={findings.data.items}
              roles={people.roles}
            />
          )}
        </Stack>
      </SectionCard>
    </>
  );
}

/**
 * The instruction of one dossier: facts, renewal documents, admissibility, contract, the
 * questionnaire; the trail beside.
 */
function InstructionPage() {
  const { t } = useTranslation();
  const { dossierId } = Route.useParams();
  const dossier = useQuery(dossierQuery(dossierId));
  const people = useCbPeople();
  usePageTitle(dossier.data?.reference);
  return (
    <QueryView query={dossier} lines={8}>
      {(d) => (
        <Stack gap="lg">
          <AnchorLink to="/cb/queue" size="sm">
            {t('cb.instruct.back')}
          </AnchorLink>
          <Group justify="space-between" align="center">
            <Group gap="md">
              <Title order={1}>{d.reference}</Title>
              <StatusBadge status={d.status} />
            </Group>
            <Group gap="lg">
              <AnchorLink to="/cb/findings" search={{ dossier: d.id }}>
                {t('cb.instruct.findingsLink')}
              </AnchorLink>
              <AnchorLink to="/cb/dossiers/$dossierId/decision" params={{ dossierId: d.id }}>
                {t('cb.instruct.decisionLink')}
              </AnchorLink>
            </Group>
          </Group>
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="lg">
                <Facts dossier={d} />
                <RenewalDocuments dossier={d} />
                {d.status !== 'draft' && <QuestionnairePanel dossier={d} />}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Box className="side-sticky" tabIndex={0}>
                <Card withBorder padding="lg" component="aside" aria-labelledby="trail-title">
                  <Title order={2} size="h4" mb="md" id="trail-title">
                    {t('cb.instruct.trail')}
                  </Title>
                  <Trail dossierId={dossierId} who={people.name} />
                </Card>
              </Box>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </QueryView>
  );
}
