import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { Loading } from '../../../app/feedback';
import { DossierLink } from '../../../features/cb/DossierLink';
import { DossierNotFound } from '../../../features/cb/DossierNotFound';
import { useCbPeople } from '../../../features/cb/people';
import {
  AuditFindings,
  AuditSummary,
  ReportPanel,
  RequirementsTree,
} from '../../../features/cb/planning/AuditWork';
import { usePageTitle } from '../../../lib/title';
import { SectionCard } from '../../../app/SectionCard';

/** One intervention: its report, the requirements tree to record findings against, its findings. */
export const Route = createFileRoute('/cb/audits/$auditId')({
  pendingComponent: () => <Loading lines={8} />,
  component: AuditPage,
});

function AuditPage() {
  const { t } = useTranslation();
  const { auditId } = Route.useParams();
  const people = useCbPeople();
  const audit = useQuery({
    queryKey: ['audits', auditId],
    queryFn: () => unwrap(api.GET('/api/v1/audits/{auditId}', { params: { path: { auditId } } })),
  });
  usePageTitle(t('cb.audits.pageTitle'));
  if (audit.isPending) return <Loading lines={8} />;
  if (audit.isError) return <DossierNotFound error={audit.error} reset={() => void audit.refetch()} />;
  const a = audit.data;
  const isBooked = Boolean(people.userId && a.auditorIds.includes(people.userId));
  return (
    <Stack gap="lg">
      <Title order={1}>{t('cb.audits.pageTitle')}</Title>
      <DossierLink dossierId={a.dossierId} />
      <AuditSummary audit={a} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SectionCard id="report-title" title={t('cb.audits.report')}>
          <ReportPanel audit={a} isBooked={isBooked} />
        </SectionCard>
        <SectionCard id="findings-title" title={t('cb.audits.findings')}>
          <AuditFindings audit={a} isBooked={isBooked} />
        </SectionCard>
      </SimpleGrid>
      <SectionCard id="tree-title" title={t('cb.audits.requirements')}>
        <RequirementsTree audit={a} canRecord={isBooked && a.status === 'completed'} />
      </SectionCard>
    </Stack>
  );
}
