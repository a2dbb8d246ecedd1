import { BEFORE_CONTRACT_STATUSES, type DossierStatus } from '@certhub/contracts';
import { Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Fact } from '../../../app/Fact';
import { useTranslation } from 'react-i18next';
import { Loading, QueryView, StatusBadge } from '../../../app/feedback';
import { Trail } from '../../../features/dossier/Trail';
import { useNames } from '../../../app/names';
import { dossierQuery } from '../../../app/queries';
import { AbandonDossier } from '../../../features/abandon-dossier';
import { CertificatePanel } from '../../../features/certificate/CertificatePanel';
import { DossierAppeals } from '../../../features/complaints/DossierAppeals';
import { RenewalPanel } from '../../../features/dossier/Renewal';
import { EDITABLE } from '../../../features/questionnaire/editable';
import { AnchorLink } from '../../../app/links';
import { formatDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';
import { SectionCard } from '../../../app/SectionCard';

export const Route = createFileRoute('/dossiers/$dossierId/')({
  loader: ({ context, params }) => context.queryClient.ensureQueryData(dossierQuery(params.dossierId)),
  pendingComponent: () => <Loading lines={6} />,
  component: DossierPage,
});

/** Until the audit there are no audit findings: their page is offered from then on. */
const NO_FINDINGS_YET: readonly DossierStatus[] = [
  ...BEFORE_CONTRACT_STATUSES,
  'audit_planned',
  'refused',
  'abandoned',
];
const afterAudit = (status: DossierStatus) => !NO_FINDINGS_YET.includes(status);
/** A refusal, a suspension or a withdrawal may be appealed (and, after an audit, a finding's classification). */
const APPEALABLE: readonly DossierStatus[] = ['refused', 'suspended', 'withdrawn'];

function DossierPage() {
  const { t, i18n } = useTranslation();
  const { dossierId } = Route.useParams();
  const names = useNames();
  const dossier = useQuery(dossierQuery(dossierId));
  usePageTitle(dossier.data?.reference);
  return (
    <QueryView query={dossier} lines={6}>
      {(d) => (
        <Stack gap="lg">
          <Group justify="space-between" align="center">
            <Title order={1}>{d.reference}</Title>
            <Group gap="md">
              <StatusBadge status={d.status} />
              <AbandonDossier dossier={d} />
            </Group>
          </Group>
          <Card withBorder padding="lg">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} component="dl" m={0}>
              <Fact label={t('dossiers.scheme')}>{names.scheme(d.schemeId)}</Fact>
              <Fact label={t('dossiers.level')}>{d.level ? names.level(d.schemeId, d.level) : '—'}</Fact>
              <Fact label={t('dossiers.cb')}>{names.cb(d.cbId)}</Fact>
              <Fact label={t('dossier.questionnaire')}>
                {d.questionnaire.submittedAt
                  ? t('dossier.submittedAt', { date: formatDate(d.questionnaire.submittedAt, i18n.language) })
                  : t('dossier.notSubmitted')}
                <br />
                <AnchorLink to="/dossiers/$dossierId/questionnaire" params={{ dossierId }} size="sm">
                  {t(EDITABLE.includes(d.status) ? 'questionnaire.open' : 'questionnaire.see')}
                </AnchorLink>
              </Fact>
              {d.certificate && (
                <Fact label={t('dossier.certificate')}>
                  {t('dossier.validUntil', {
                    number: d.certificate.number,
                    date: formatDate(d.certificate.validUntil, i18n.language),
                  })}
                </Fact>
              )}
            </SimpleGrid>
          </Card>
          <DossierAppeals dossierId={dossierId} />
          {(afterAudit(d.status) || APPEALABLE.includes(d.status)) && (
            <Group gap="md">
              {afterAudit(d.status) && (
                <AnchorLink to="/dossiers/$dossierId/findings" params={{ dossierId }}>
                  {t('findings.link')}
                </AnchorLink>
              )}
              <AnchorLink to="/appeals/new" search={{ dossier: dossierId }}>
                {t('dossier.appeal')}
              </AnchorLink>
            </Group>
          )}
          {(d.certificate || d.status === 'decision_pending' || afterAudit(d.status)) && (
            <CertificatePanel dossier={d} />
          )}
          <RenewalPanel dossier={d} />
          <SectionCard id="timeline-title" titleGap="md" title={t('dossier.timeline')}>
            <Trail dossierId={dossierId} />
          </SectionCard>
        </Stack>
      )}
    </QueryView>
  );
}
