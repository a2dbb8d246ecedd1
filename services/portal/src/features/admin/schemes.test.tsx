import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoRoutes, renderApp, type Routes } from '../../test/render-app';

const amarc = (version: string) => ({
  schemeId: 'amarc',
  version,
  title: 'AMARC',
  kind: 'organisation',
  levels: [
    { id: 'A', label: 'Niv A' },
    { id: 'B', label: 'Niv B' },
  ],
  publishedAt: '2026-01-01T00:00:00.000Z',
  publishedBy: 'u-author',
  cycle: {
    validityMonths: 36,
    surveillance: { kind: 'yearly', atMonths: [12, 24] },
    renewalWindowMonths: 6,
    findingsDeadlineDays: 15,
    upcomingHorizonDays: 30,
  },
  decisionOptions: { initial: ['grant', 'refuse'], surveillance: ['maintain', 'suspend', 'withdraw'] },
  chapters: [
    {
      id: '1',
      title: 'Organisation',
      requirements: [
        {
          id: '1.1',
          title: version === '2024-01' ? 'Responsable' : 'Responsable désigné',
          text: 'Un responsable est désigné.',
          applicability: { A: true, B: true },
          controlMethods: ['documentary', 'interview'],
          referenceDocuments: [],
        },
        {
          id: '1.2',
          title: 'Appel mystère',
          text: 'Le client est rappelé.',
          applicability: { A: false, B: true },
          controlMethods: ['mystery_call'],
          referenceDocuments: [],
        },
      ],
    },
  ],
  questionnaire: {
    title: 'Q',
    sections: [{ id: 's1', title: 'Identification', questions: [{ id: 'q1' }, { id: 'q2' }] }],
  },
});

const routes: Routes = {
  ...demoRoutes,
  'GET /api/v1/me': {
    body: { userId: 'u-plat', tenantType: 'platform', tenantId: 'platform', roles: ['platform_admin'] },
  },
  'GET /api/v1/schemes': {
    body: {
      items: [
        {
          schemeId: 'amarc',
          version: '2025-01',
          title: 'AMARC',
          kind: 'organisation',
          levels: amarc('2025-01').levels,
          requirementCount: 2,
          questionCount: 2,
          versions: ['2024-01', '2025-01'],
          publishedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      page: 1,
      pageSize: 100,
      total: 1,
    },
  },
  'GET /api/v1/schemes/amarc': ({ query }: { query: string }) => ({
    body: amarc(new URLSearchParams(query).get('version') ?? '2025-01'),
  }),
};

describe('schemes, read only', () => {
  it('opens a version from the list: its levels per requirement, control methods, cycle, questionnaire', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderApp('/admin/schemes', routes);
    await user.click(await screen.findByRole('link', { name: 'Lire AMARC, version 2024-01' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'AMARC' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ version: '2024-01' });
    const chapter = await screen.findByRole('table', { name: '1. Organisation' });
    const first = within(chapter).getByRole('row', { name: /1\.1 Responsable/ });
    expect(within(first).getByText('Niv A')).toBeInTheDocument();
    expect(within(first).getByText('Niv B')).toBeInTheDocument();
    expect(within(first).getByText('Vérification documentaire')).toBeInTheDocument();
    const second = within(chapter).getByRole('row', { name: /1\.2 Appel mystère/ });
    expect(within(second).queryByText('Niv A')).not.toBeInTheDocument();
    expect(within(second).getByText('Niv B')).toBeInTheDocument();
    expect(screen.getByText('36 mois')).toBeInTheDocument();
    expect(screen.getByText('12 mois, 24 mois')).toBeInTheDocument();
    expect(screen.getByText('Identification · 2 questions')).toBeInTheDocument();
    expect(screen.getByText('Accorder la certification')).toBeInTheDocument();

    // Another version: chosen in the page, kept in the URL, asked by its number.
    await user.click(screen.getByRole('combobox', { name: 'Versions' }));
    await user.click(await screen.findByRole('option', { name: 'Version 2025-01' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ version: '2025-01' }));
    expect(
      await within(await screen.findByRole('table', { name: '1. Organisation' })).findByText(
        '1.1 Responsable désigné',
      ),
    ).toBeInTheDocument();
    expect(
      calls
        .filter((c) => c.path === '/api/v1/schemes/amarc')
        .map((c) => new URLSearchParams(c.query).get('version')),
    ).toEqual(['2024-01', '2025-01']);
  });

  it('says "not found" for a scheme that does not exist', async () => {
    renderApp('/admin/schemes/nope', routes);
    expect(await screen.findByRole('heading', { name: 'Cette page n’existe pas.' })).toBeInTheDocument();
  });
});
