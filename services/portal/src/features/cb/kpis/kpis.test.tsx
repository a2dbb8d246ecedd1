import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, type Call } from '../../../test/render-app';
import { cbRoutes } from '../fixtures.test-data';

const page = (items: unknown[]) => ({ body: { items, page: 1, pageSize: 100, total: items.length } });
const analytics = {
  'GET /api/v1/analytics/dossiers-by-status': page([
    { cbId: 'cb-demo', schemeId: 'amarc', status: 'certified', count: 3 },
    { cbId: 'cb-demo', schemeId: 'amarc', status: 'suspended', count: 1 },
  ]),
  'GET /api/v1/analytics/lead-times': page([]),
  'GET /api/v1/analytics/findings-by-requirement': page([
    {
      cbId: 'cb-demo',
      schemeId: 'amarc',
      requirementId: '2.1',
      severity: 'major',
      raised: 2,
      open: 1,
      overdue: 1,
    },
  ]),
  'GET /api/v1/analytics/audits-per-month': page([
    { month: '2026-01', cbId: 'cb-demo', schemeId: 'amarc', count: 2 },
  ]),
  'GET /api/v1/analytics/export': { body: {} },
};
const asked = (calls: Call[], path: string) =>
  calls.filter((c) => c.path === path).map((c) => Object.fromEntries(new URLSearchParams(c.query)));

describe('key figures', () => {
  it('asks every report with the URL’s filters, says when one has no data, and exports one chart’s sheet', async () => {
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }),
    );
    const user = userEvent.setup();
    const { calls } = renderApp('/cb/kpis?scheme=amarc&from=2026-01-01', {
      ...cbRoutes(['analyst']),
      ...analytics,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Indicateurs' })).toBeInTheDocument();
    const lead = await screen.findByRole('region', { name: 'Délais (jours)' });
    expect(await within(lead).findByText('Aucune donnée pour ces filtres.')).toBeInTheDocument();
    expect(asked(calls, '/api/v1/analytics/audits-per-month').at(-1)).toMatchObject({
      schemeId: 'amarc',
      from: '2026-01-01',
    });
    await user.click(
      screen.getByRole('button', { name: 'Télécharger « Écarts par exigence » au format Excel' }),
    );
    await waitFor(() =>
      expect(asked(calls, '/api/v1/analytics/export').at(-1)).toEqual({
        report: 'findings-by-requirement',
        schemeId: 'amarc',
        from: '2026-01-01',
      }),
    );
  });

  it('offers platform staff a choice of CB, kept in the URL', async () => {
    const user = userEvent.setup();
    const { router, calls } = renderApp('/admin/kpis', {
      ...cbRoutes(['platform_admin']),
      'GET /api/v1/me': {
        body: { userId: 'u-p', tenantType: 'platform', tenantId: 'platform', roles: ['platform_admin'] },
      },
      'GET /api/v1/certification-bodies': page([{ id: 'cb-demo', name: 'CertHub Démo Certification' }]),
      ...analytics,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Indicateurs de la plateforme' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Organisme certificateur' }));
    await user.click(await screen.findByRole('option', { name: 'CertHub Démo Certification' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ cb: 'cb-demo' }));
    await waitFor(() =>
      expect(asked(calls, '/api/v1/analytics/lead-times').at(-1)).toMatchObject({ cbId: 'cb-demo' }),
    );
  });
});
