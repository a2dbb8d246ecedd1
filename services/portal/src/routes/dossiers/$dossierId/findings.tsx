import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError, Loading, QueryList } from '../../../app/feedback';
import { AnchorLink } from '../../../app/links';
import { dossierQuery } from '../../../app/queries';
import { dossierFindingsQuery, type Finding, type ItemKind } from '../../../features/findings/api';
import { FindingCard } from '../../../features/findings/FindingCard';
import { usePageTitle } from '../../../lib/title';

export const Route = createFileRoute('/dossiers/$dossierId/findings')({
  loader: ({ context: { queryClient }, params }) =>
    queryClient.ensureQueryData(dossierFindingsQuery(params.dossierId)),
  pendingComponent: () => <Loading lines={6} />,
  component: FindingsPage,
});

const readyCount = (findings: Finding[], kind: ItemKind) =>
  findings.reduce(
    (n, f) => n + f.items.filter((i) => i.kind === kind && i.status === 'draft' && i.ready).length,
    0,
  );

/** Only the items marked ready leave, all findings of the dossier together, in one batch. */
function SendBatch({ dossierId, findings }: { dossierId: string; findings: Finding[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (kind: ItemKind) =>
      unwrap(
        api.POST('/api/v1/dossiers/{dossierId}/findings/send', {
          params: { path: { dossierId } },
          body: { kind },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['findings'] }),
  });
  const counts = { measure: readyCount(findings, 'measure'), proof: readyCount(findings, 'proof') };
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Text size="sm">{t('findings.batchIntro')}</Text>
        <Group gap="sm">
          {(['measure', 'proof'] as const).map((kind) => (
            <Button
              key={kind}
              disabled={!counts[kind]}
              loading={send.isPending && send.variables === kind}
              onClick={() => send.mutate(kind)}
            >
              {t(kind === 'measure' ? 'findings.sendMeasures' : 'findings.sendProofs', {
                count: counts[kind],
              })}
            </Button>
          ))}
        </Group>
        {send.isSuccess && (
          <Alert color="green" role="status" p="xs">
            {t('findings.sent', { numbers: send.data.findings.map((f) => f.number).join(', ') })}
          </Alert>
        )}
        <FormError error={send.error} message={(message) => t('findings.failed', { message })} />
      </Stack>
    </Card>
  );
}

function FindingsPage() {
  const { t } = useTranslation();
  const { dossierId } = Route.useParams();
  const dossier = useQuery(dossierQuery(dossierId));
  const findings = useQuery(dossierFindingsQuery(dossierId));
  const reference = dossier.data?.reference ?? '';
  usePageTitle(t('findings.pageTitle', { reference }));
  return (
    <Stack gap="lg">
      <AnchorLink to="/dossiers/$dossierId" params={{ dossierId }} size="sm">
        {t('questionnaire.back', { reference })}
      </AnchorLink>
      <Title order={1}>{t('findings.title')}</Title>
      <QueryList query={findings} lines={6} empty={<Text>{t('findings.none')}</Text>}>
        {({ items }) => (
          <>
            <SendBatch dossierId={dossierId} findings={items} />
            {items.map((finding) => (
              <FindingCard key={finding.id} finding={finding} />
            ))}
          </>
        )}
      </QueryList>
    </Stack>
  );
}
