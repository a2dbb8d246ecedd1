import {
  ActionIcon,
  AppShell,
  Burger,
  Button,
  Group,
  Indicator,
  SegmentedControl,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouterState } from '@tanstack/react-router';
import { Suspense, lazy, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@certhub/contracts';
import { SIGN_IN_PATH } from '../auth/boot';
import { api, unwrap } from '../api/client';
import { changeLanguage, type Language } from '../i18n/i18n';
import { ORGANISATION_LINE_STAFF } from './roles';
import { useOptionalSession, useOrganisation, usePrincipal } from './session';

// The menu (and the floating-ui positioning it brings) loads once someone is signed in: the welcome
// page's first script stays without it.
const UserMenu = lazy(() => import('./UserMenu'));

// Spelled here rather than imported: the contracts' index would bring zod into the first script.
const CERTIFIER_ROLES: readonly Role[] = ['certifier_staff', 'cb_admin'];
const NETWORK_ADMIN_ROLES: readonly Role[] = [
  'network_admin',
  'network_supervisor',
  'training_org_admin',
  'establishment_admin',
];

// The Stats tab is for the administrators of networks and organisations (and the certifier's).
const TRAINING_STATS_ROLES: readonly Role[] = ['network_admin', 'network_supervisor', 'training_org_admin'];

type NavGroup = 'dossiers' | 'instruction' | 'steering' | 'cases' | 'individuals' | 'network' | 'admin';

/**
 * Each side's pages, in the order the sidebar shows them, under the heading of their group: the
 * applicant's dossiers, the certification body's instruction, steering, cases and administration,
 * the training network's candidates. A CB administrator reaches some fifteen pages: a single row of
 * links could not hold them.
 */
const NAV: readonly {
  to: string;
  key: string;
  group?: NavGroup;
  tenant?: string;
  role?: Role;
  roles?: readonly Role[];
}[] = [
  { to: '/', key: 'nav.dashboard' },
  { to: '/dossiers', key: 'nav.dossiers', group: 'dossiers', tenant: 'organisation' },
  {
    to: '/dossiers/new',
    key: 'nav.newDossier',
    group: 'dossiers',
    role: 'org_admin',
    tenant: 'organisation',
  },
  { to: '/organisation', key: 'nav.organisation', group: 'dossiers', tenant: 'organisation' },
  { to: '/appeals', key: 'nav.appeals', group: 'dossiers', tenant: 'organisation' },
  { to: '/cb/queue', key: 'nav.queue', group: 'instruction', tenant: 'cb', roles: ORGANISATION_LINE_STAFF },
  {
    to: '/cb/findings',
    key: 'nav.review',
    group: 'instruction',
    tenant: 'cb',
    roles: ORGANISATION_LINE_STAFF,
  },
  {
    to: '/cb/planning',
    key: 'nav.planning',
    group: 'instruction',
    tenant: 'cb',
    roles: ['cb_admin', 'analyst'],
  },
  { to: '/cb/audits', key: 'nav.audits', group: 'instruction', tenant: 'cb', roles: ['auditor'] },
  // Complaints are the CB staff's who handle them; appeals the CB's and the appellant's.
  {
    to: '/complaints',
    key: 'nav.complaints',
    group: 'cases',
    tenant: 'cb',
    roles: ['cb_admin', 'analyst', 'decision_maker'],
  },
  {
    to: '/appeals',
    key: 'nav.appeals',
    group: 'cases',
    tenant: 'cb',
    roles: ['cb_admin', 'analyst', 'decision_maker'],
  },
  // Figures are for those who steer: an auditor's are his own dossiers only (the API's rule).
  {
    to: '/cb/kpis',
    key: 'nav.kpis',
    group: 'steering',
    tenant: 'cb',
    roles: ['cb_admin', 'analyst', 'decision_maker'],
  },
  { to: '/admin/kpis', key: 'nav.kpis', group: 'steering', tenant: 'platform' },
  {
    to: '/complaints/statistics',
    key: 'nav.complaints',
    group: 'steering',
    tenant: 'platform',
    roles: ['platform_admin'],
  },
  // The individuals' line: the training network's pages, then its certifier's decisions.
  { to: '/training/candidates', key: 'nav.candidates', group: 'individuals', tenant: 'network' },
  { to: '/training/search', key: 'nav.candidateSearch', group: 'individuals', tenant: 'network' },
  { to: '/training/juries', key: 'nav.juries', group: 'individuals', tenant: 'network' },
  {
    to: '/training/stats',
    key: 'nav.stats',
    group: 'individuals',
    tenant: 'network',
    roles: TRAINING_STATS_ROLES,
  },
  {
    to: '/training/habilitations',
    key: 'nav.habilitations',
    group: 'individuals',
    tenant: 'cb',
    roles: CERTIFIER_ROLES,
  },
  {
    to: '/training/transfers',
    key: 'nav.transfers',
    group: 'individuals',
    tenant: 'cb',
    roles: CERTIFIER_ROLES,
  },
  {
    to: '/training/juries',
    key: 'nav.juries',
    group: 'individuals',
    tenant: 'cb',
    roles: [...CERTIFIER_ROLES, 'jury_member'],
  },
  { to: '/training/stats', key: 'nav.stats', group: 'individuals', tenant: 'cb', roles: CERTIFIER_ROLES },
  {
    to: '/training/network',
    key: 'nav.network',
    group: 'network',
    tenant: 'network',
    roles: ['network_admin', 'network_supervisor'],
  },
  { to: '/training/establishments', key: 'nav.establishments', group: 'network', tenant: 'network' },
  {
    to: '/training/users',
    key: 'nav.users',
    group: 'network',
    tenant: 'network',
    roles: NETWORK_ADMIN_ROLES,
  },
  { to: '/cb/users', key: 'nav.users', group: 'admin', tenant: 'cb', roles: ['cb_admin'] },
  { to: '/cb/partners', key: 'nav.partners', group: 'admin', tenant: 'cb', roles: ['cb_admin'] },
  {
    to: '/cb/mail-attachments',
    key: 'nav.mailAttachments',
    group: 'admin',
    tenant: 'cb',
    roles: ['cb_admin'],
  },
  {
    to: '/cb/certificate-layout',
    key: 'nav.certificateLayout',
    group: 'admin',
    tenant: 'cb',
    roles: ['cb_admin'],
  },
  { to: '/admin/cbs', key: 'nav.cbs', group: 'admin', tenant: 'platform', roles: ['platform_admin'] },
  { to: '/admin/users', key: 'nav.users', group: 'admin', tenant: 'platform', roles: ['platform_admin'] },
  { to: '/admin/schemes', key: 'nav.schemes', group: 'admin', tenant: 'platform' },
  {
    to: '/admin/partners',
    key: 'nav.partners',
    group: 'admin',
    tenant: 'platform',
    roles: ['platform_admin'],
  },
];

function Bell() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    refetchInterval: 60_000,
  });
  const count = unread.data?.unread ?? 0;
  const label = count ? t('app.notifications', { count }) : t('app.notificationsNone');
  return (
    <Indicator label={count} size={18} disabled={!count} offset={4} color="red">
      <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={label}>
        <svg
          aria-hidden
          viewBox="0 0 24 24"
          width="22"
          height="22"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}

/** Header (organisation, navigation, language, notifications, user), a skip link and the page. */
function OrganisationName() {
  const organisation = useOrganisation().data;
  return organisation ? (
    <Text size="sm" c="dimmed" visibleFrom="sm">
      {organisation.name}
    </Text>
  ) : null;
}

function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const principal = usePrincipal().data;
  const roles = principal?.roles ?? [];
  // What the API would refuse is not offered (it still checks).
  const items = NAV.filter(
    (item) =>
      (!item.role || roles.includes(item.role)) &&
      (!item.roles || item.roles.some((r) => roles.includes(r))) &&
      (!item.tenant || item.tenant === (principal?.tenantType ?? 'organisation')),
  );
  // Groups in the order of their first page; a page without a group (home) stands on its own.
  const groups = [...new Set(items.map((item) => item.group))];
  return (
    <nav aria-label={t('app.mainNav')} className="main-nav">
      {groups.map((group) => (
        <div key={group ?? 'top'} role="group" aria-labelledby={group && `nav-group-${group}`}>
          {group && (
            <Text id={`nav-group-${group}`} className="nav-group">
              {t(`nav.groups.${group}`)}
            </Text>
          )}
          <ul>
            {items
              .filter((item) => item.group === group)
              .map((item) => (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    activeOptions={{ exact: true, includeSearch: false }}
                    className="nav-link"
                    onClick={onNavigate}
                  >
                    {t(item.key)}
                  </Link>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const session = useOptionalSession();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a client-side navigation, move focus to the new page as a full load would.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={session ? { width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } } : undefined}
      padding="lg"
    >
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            {session && (
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('app.mainNav')}
              />
            )}
            <Text fw={700} size="lg" c="indigo.8">
              {t('app.name')}
            </Text>
            {session && <OrganisationName />}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SegmentedControl
              className="lang-switch"
              size="xs"
              aria-label={t('app.language')}
              value={i18n.language}
              onChange={(value) => void changeLanguage(value as Language)}
              data={[
                {
                  value: 'fr',
                  label: (
                    <span lang="fr">
                      FR<VisuallyHidden> Français</VisuallyHidden>
                    </span>
                  ),
                },
                {
                  value: 'en',
                  label: (
                    <span lang="en">
                      EN<VisuallyHidden> English</VisuallyHidden>
                    </span>
                  ),
                },
              ]}
            />
            {session ? (
              <>
                <Bell />
                <Suspense fallback={null}>
                  <UserMenu />
                </Suspense>
              </>
            ) : (
              // A full load: the app then signs in before showing anything private.
              <Button component="a" href={SIGN_IN_PATH} variant="light" size="xs">
                {t('register.signIn')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      {session && (
        <AppShell.Navbar p="sm">
          <MainNav onNavigate={closeNav} />
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" ref={main} tabIndex={-1} bg="gray.0">
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
