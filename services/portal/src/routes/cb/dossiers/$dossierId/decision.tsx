import { Grid, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../../api/client';
import { LoadError, Loading, StatusBadge } from '../../../../app/feedback';
import { AnchorLink } from '../../../../app/links';
import { dossierQuery, schemeQuery } from '../../../../app/queries';
import {
  CertificateCard,
  DecisionForm,
  DecisionHistory,
  ScopeChangeCard,
} from '../../../../features/cb/DecisionPanels';
import { hasAudited, type DecisionOutcome } from '../../../../features/cb/decision-rules';
import { DossierNotFound } from '../../../../features/cb/DossierNotFound';
import { useCbPeople } from '../../../../features/cb/people';
import { usePageTitle } from '../../../../lib/title';

export const Route = createFileRoute('/cb/dossiers/$dossierId/decision')({
  loader: ({ context, params }) => context.queryClient.ensureQueryData(dossierQuery(params.dossierId)),
  pendingComponent: () => <Loading lines={8} />,
  errorComponent: DossierNotFound,
  component: DecisionPage,
});

/** The decision-maker's screen: the pending decision, the certificate's actions, a change of scope. */
function DecisionPage() {
  const { t } = useTranslation();
  const { dossierId } = Route.useParams();
  const people = useCbPeople();
  const dossier = useQuery(dossierQuery(dossierId));
  const scheme = useQuery({
    ...schemeQuery(dossier.data?.schemeId ?? '', dossier.data?.schemeVersion ?? ''),
    enabled: Boolean(dossier.data),
  });
  // Every audit ever booked on the dossier, cancelled ones too: the API's impartiality rule counts them.
  const audits = useQuery({
    queryKey: ['audits', { dossierId, includeCancelled: true }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/audits', {
          params: { query: { dossierId, includeCancelled: 'true', pageSize: 100 } },
        }),
      ),
  });
  usePageTitle(dossier.data && t('cb.decide.title', { reference: dossier.data.reference }));
  const failed = dossier.error ?? scheme.error ?? audits.error;
  if (failed) return <LoadError error={failed} retry={() => void dossier.refetch()} />;
  if (!dossier.data || !scheme.data || !audits.data) return <Loading lines={8} />;
  const d = dossier.data;
  const audited = hasAudited(audits.data.items, people.userId);
  return (
    <Stack gap="lg">
      <AnchorLink to="/cb/dossiers/$dossierId" params={{ dossierId }} size="sm">
        {t('cb.decide.back')}
      </AnchorLink>
      <Group gap="md">
        <Title order={1}>{t('cb.decide.title', { reference: d.reference })}</Title>
        <StatusBadge status={d.status} />
      </Group>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <DecisionForm
              dossier={d}
              options={
                scheme.data.decisionOptions as { initial: DecisionOutcome[]; surveillance: DecisionOutcome[] }
              }
              audited={audited}
            />
            <CertificateCard dossier={d} audited={audited} />
            <ScopeChangeCard dossier={d} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <DecisionHistory dossierId={dossierId} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
