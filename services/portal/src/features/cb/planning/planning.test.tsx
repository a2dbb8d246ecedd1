import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { auditFinding, cbDossier, cbRoutes } from '../fixtures.test-data';

const page = (items: unknown[]) => ({ body: { items, page: 1, pageSize: 100, total: items.length } });
const audit = (overrides: Record<string, unknown> = {}) => ({
  id: 'a-1',
  dossierId: 'd-1',
  organisationId: 'org-demo',
  cbId: 'cb-demo',
  schemeId: 'amarc',
  type: 'initial',
  status: 'planned',
  startDate: '2026-12-07',
  endDate: '2026-12-08',
  auditorIds: ['u-aud'],
  upcomingFrom: '2026-11-07',
  findingsDeadline: '2026-12-22',
  plannedAt: '2026-12-01T09:00:00Z',
  plannedBy: 'u-cb',
  version: 0,
  ...overrides,
});

describe('planning', () => {
  it('shows the month’s interventions on their days and a refused booking on the days it asked for', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp('/cb/planning?date=2026-12-06&auditor=u-aud', {
      ...cbRoutes(['cb_admin']),
      'GET /api/v1/audits': page([audit()]),
      'GET /api/v1/audits/upcoming': page([audit()]),
      'GET /api/v1/dossiers': page([
        cbDossier({ id: 'd-2', reference: 'DEMO-2026-000002', status: 'contracted' }),
      ]),
      'GET /api/v1/dossiers/d-1': { body: cbDossier({ id: 'd-1', reference: 'DEMO-2026-000001' }) },
      'POST /api/v1/dossiers/d-2/audits': {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'Aude Iteur is booked on audit a-1',
          // A double booking's details name the audits in the way: not field errors.
          errors: { conflicts: [{ auditId: 'a-1' }] },
        },
      },
    });
    const grid = await screen.findByRole('list', { name: 'Jours de la période' });
    const monday = within(grid).getByRole('listitem', { name: '7 décembre 2026' });
    expect(await within(monday).findByRole('link', { name: 'Audit initial' })).toHaveAttribute(
      'href',
      '/cb/audits/a-1',
    );
    const asked = new URLSearchParams(calls.filter((c) => c.path === '/api/v1/audits').at(-1)?.query);
    expect([asked.get('from'), asked.get('to'), asked.get('auditorId')]).toEqual([
      '2026-11-30',
      '2027-01-03',
      'u-aud',
    ]);

    await user.click(screen.getByRole('combobox', { name: 'Dossier' }));
    await user.click(await screen.findByRole('option', { name: /DEMO-2026-000002/ }));
    await user.type(screen.getByLabelText('Premier jour'), '2026-12-08');
    await user.type(screen.getByLabelText('Dernier jour'), '2026-12-09');
    await user.click(screen.getAllByLabelText('Auditeurs')[0] as HTMLElement);
    await user.click(await screen.findByRole('option', { name: 'Aude Iteur' }));
    await user.click(screen.getByRole('button', { name: 'Planifier' }));
    const tuesday = within(grid).getByRole('listitem', { name: '8 décembre 2026' });
    await waitFor(() =>
      expect(within(tuesday).getByRole('alert')).toHaveTextContent('Aude Iteur is booked on audit a-1'),
    );
    expect(within(monday).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the auditor’s evidence on a finding', () => {
  const evidenceRoutes = (roles: string[], userId: string) => ({
    ...cbRoutes(roles, userId),
    'GET /api/v1/audits/a-1': {
      body: audit({ status: 'completed', reportDocumentId: 'doc-report', version: 2 }),
    },
    'GET /api/v1/dossiers/d-1': { body: cbDossier({ id: 'd-1' }) },
    'GET /api/v1/dossiers/d-1/checklist': { body: { level: 'A', chapters: [] } },
    'GET /api/v1/findings': page([auditFinding({ status: 'recorded', items: [] })]),
    'GET /api/v1/findings/f-1': { body: auditFinding({ status: 'recorded', items: [] }) },
    'GET /api/v1/documents/doc-ev': {
      body: { documentId: 'doc-ev', name: 'photo-registre.pdf', contextId: 'finding:f-1:evidence' },
    },
    'GET /api/v1/documents': ({ query }: { query: string }) =>
      new URLSearchParams(query).get('contextId') === 'finding:f-1:evidence'
        ? page([{ documentId: 'doc-ev', name: 'photo-registre.pdf', contextId: 'finding:f-1:evidence' }])
        : page([]),
  });

  it('lets the booked auditor attach files to a finding of his intervention, and lists them', async () => {
    const { calls } = renderApp('/cb/audits/a-1', evidenceRoutes(['auditor'], 'u-aud'));
    const evidence = await screen.findByRole('list', { name: 'Éléments de preuve de l’auditeur (NC0003)' });
    expect(await within(evidence).findByText('photo-registre.pdf')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Choisir des fichiers/ })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/v1/documents')?.query).toContain(
      'contextId=finding%3Af-1%3Aevidence',
    );
  });

  it('shows them read only on the finding’s page', async () => {
    renderApp('/cb/findings/f-1', evidenceRoutes(['analyst'], 'u-ana'));
    expect(await screen.findByText('photo-registre.pdf')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Choisir des fichiers/ })).not.toBeInTheDocument();
  });
});
