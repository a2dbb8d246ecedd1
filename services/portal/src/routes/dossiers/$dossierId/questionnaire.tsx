import type { Questionnaire } from '@certhub/contracts';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../../api/may-call';
import { LoadError, Loading, StatusBadge } from '../../../app/feedback';
import { AnchorLink } from '../../../app/links';
import { dossierQuery, questionnaireQuery, schemeQuery } from '../../../app/queries';
import { usePrincipal } from '../../../app/session';
import { QuestionnaireForm } from '../../../features/questionnaire/QuestionnaireForm';
import { usePageTitle } from '../../../lib/title';

export const Route = createFileRoute('/dossiers/$dossierId/questionnaire')({
  loader: async ({ context: { queryClient }, params }) => {
    const saved = await queryClient.ensureQueryData(questionnaireQuery(params.dossierId));
    await queryClient.ensureQueryData(schemeQuery(saved.schemeId, saved.schemeVersion));
  },
  pendingComponent: () => <Loading lines={8} />,
  component: QuestionnairePage,
});

function QuestionnairePage() {
  const { t } = useTranslation();
  const { dossierId } = Route.useParams();
  const dossier = useQuery(dossierQuery(dossierId));
  const saved = useQuery(questionnaireQuery(dossierId));
  const scheme = useQuery({
    ...schemeQuery(saved.data?.schemeId ?? '', saved.data?.schemeVersion ?? ''),
    enabled: Boolean(saved.data),
  });
  const roles = usePrincipal().data?.roles ?? [];
  usePageTitle(saved.data && t('questionnaire.pageTitle', { reference: saved.data.reference }));
  const failed = saved.error ?? scheme.error ?? dossier.error;
  if (failed) return <LoadError error={failed} retry={() => void saved.refetch()} />;
  if (!saved.data || !scheme.data || !dossier.data) return <Loading lines={8} />;
  const questionnaire = scheme.data.questionnaire as unknown as Questionnaire;
  return (
    <Stack gap="lg">
      <AnchorLink to="/dossiers/$dossierId" params={{ dossierId }} size="sm">
        {t('questionnaire.back', { reference: saved.data.reference })}
      </AnchorLink>
      <Group justify="space-between" align="center">
        <Stack gap={2}>
          <Title order={1}>{t('questionnaire.title')}</Title>
          <Text c="dimmed">
            {saved.data.reference} · {questionnaire.title}
          </Text>
        </Stack>
        <StatusBadge status={dossier.data.status} />
      </Group>
      <QuestionnaireForm
        // A new status (submitted, corrected…) is a new page: fresh answers, its own mode.
        key={dossier.data.status}
        questionnaire={questionnaire}
        loaded={{ ...saved.data, status: dossier.data.status }}
        canEdit={mayCall(roles, 'dossier.questionnaire.save')}
      />
    </Stack>
  );
}
