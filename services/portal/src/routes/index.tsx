import type { DossierStatus } from '@certhub/contracts';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../app/links';
import { ORGANISATION_LINE_STAFF } from '../app/roles';
import { api, unwrap } from '../api/client';
import { PlainList, QueryView, StatusBadge, QueryList } from '../app/feedback';
import { useOptionalSession, usePrincipal, useSession } from '../app/session';
import { Suspense, lazy } from 'react';
import { SIGN_IN_PATH } from '../auth/boot';
import { formatDate, formatDateTime, formatNumber } from '../lib/format';
import { usePageTitle } from '../lib/title';
import { SectionCard } from '../app/SectionCard';

export const Route = createFileRoute('/')({ component: Home });

function DossiersByStatus() {
  const { t, i18n } = useTranslation();
  // An applicant has a handful of dossiers: one page of 100 is all of them.
  const dossiers = useQuery({
    queryKey: ['dossiers', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/dossiers', { params: { query: { pageSize: 100 } } })),
  });
  return (
    <QueryView query={dossiers}>
      {({ items }) => {
        const counts = new Map<DossierStatus, number>();
        for (const d of items) counts.set(d.status, (counts.get(d.status) ?? 0) + 1);
        if (!counts.size)
          return (
            <Stack gap="xs" align="flex-start">
              <Text>{t('dashboard.noDossiers')}</Text>
              <AnchorLink to="/dossiers/new">{t('nav.newDossier')}</AnchorLink>
            </Stack>
          );
        return (
          <PlainList gap="xs">
            {[...counts].map(([status, count]) => (
              <Group key={status} component="li" justify="space-between">
                <AnchorLink to="/dossiers" search={{ status }}>
                  <StatusBadge status={status} />
                </AnchorLink>
                <Text fw={600}>{formatNumber(count, i18n.language)}</Text>
              </Group>
            ))}
          </PlainList>
        );
      }}
    </QueryView>
  );
}

function Upcoming() {
  const { t, i18n } = useTranslation();
  const audits = useQuery({
    queryKey: ['audits', 'upcoming'],
    queryFn: () => unwrap(api.GET('/api/v1/audits/upcoming', { params: { query: { pageSize: 10 } } })),
  });
  return (
    <QueryList query={audits} empty={<Text c="dimmed">{t('dashboard.noUpcoming')}</Text>}>
      {({ items }) => (
        <PlainList>
          {items.map((audit) => (
            <li key={audit.id}>
              <AnchorLink to="/dossiers/$dossierId" params={{ dossierId: audit.dossierId }}>
                {t('audit.dates', {
                  from: formatDate(audit.startDate, i18n.language),
                  to: formatDate(audit.endDate, i18n.language),
                })}
              </AnchorLink>
              <Text size="sm" c="dimmed">
                {t(`auditType.${audit.type}`, { defaultValue: audit.type })}
              </Text>
            </li>
          ))}
        </PlainList>
      )}
    </QueryList>
  );
}

function Unread() {
  const { t, i18n } = useTranslation();
  const inbox = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/notifications', {
          params: { query: { read: 'false', pageSize: 5, sort: '-createdAt' } },
        }),
      ),
  });
  return (
    <QueryList query={inbox} empty={<Text c="dimmed">{t('dashboard.noUnread')}</Text>}>
      {({ items }) => (
        <PlainList>
          {items.map((entry) => (
            <li key={entry.id}>
              <Text fw={500}>
                {entry.link ? <Anchor href={entry.link}>{entry.title}</Anchor> : entry.title}
              </Text>
              <Text size="sm" c="dimmed">
                {formatDateTime(entry.createdAt, i18n.language)}
              </Text>
            </li>
          ))}
        </PlainList>
      )}
    </QueryList>
  );
}

// The certification body's staff see their queue's counts; the applicant's page never loads them.
const CbOverview = lazy(() => import('../features/cb/CbOverview'));
// The individuals' line (training networks and their certifier) brings its own home.
const TrainingOverview = lazy(() => import('../features/candidacy/TrainingOverview'));

function Dashboard() {
  const { t } = useTranslation();
  const { user } = useSession();
  const principal = usePrincipal().data;
  const organisationLine = principal?.roles.some((r) => ORGANISATION_LINE_STAFF.includes(r)) ?? false;
  usePageTitle(t('nav.dashboard'));
  return (
    <Stack gap="lg">
      <Title order={1}>
        {t('dashboard.title', { name: user.profile.given_name ?? user.profile.name ?? '' })}
      </Title>
      {principal?.tenantType === 'cb' && organisationLine && (
        <Suspense fallback={null}>
          <CbOverview />
        </Suspense>
      )}
      {(principal?.tenantType === 'network' ||
        principal?.roles.some((r) => r === 'certifier_staff' || r === 'cb_admin' || r === 'jury_member')) && (
        <Suspense fallback={null}>
          <TrainingOverview />
        </Suspense>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        {principal?.tenantType === 'organisation' && (
          <SectionCard id="by-status-title" titleGap="md" title={t('dashboard.byStatus')}>
            <DossiersByStatus />
          </SectionCard>
        )}
        {(principal?.tenantType === 'organisation' || organisationLine) && (
          <SectionCard id="upcoming-title" titleGap="md" title={t('dashboard.upcoming')}>
            <Upcoming />
          </SectionCard>
        )}
        <SectionCard id="unread-title" titleGap="md" title={t('dashboard.unread')}>
          <Unread />
        </SectionCard>
      </SimpleGrid>
    </Stack>
  );
}

/** Signed in: the dashboard. A visitor: where to sign in, or create the organisation's account. */
function Home() {
  return useOptionalSession() ? <Dashboard /> : <Welcome />;
}

function Welcome() {
  const { t } = useTranslation();
  usePageTitle(undefined);
  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t('welcome.title')}</Title>
      <Text size="lg">{t('welcome.intro')}</Text>
      <Group>
        <Button component="a" href={SIGN_IN_PATH} size="md">
          {t('welcome.signIn')}
        </Button>
      </Group>
      <Card withBorder padding="lg">
        <Stack gap="sm" align="flex-start">
          <Text>{t('welcome.firstTime')}</Text>
          <AnchorLink to="/register">{t('welcome.create')}</AnchorLink>
        </Stack>
      </Card>
      <AnchorLink to="/registry">{t('welcome.registry')}</AnchorLink>
    </Stack>
  );
}
