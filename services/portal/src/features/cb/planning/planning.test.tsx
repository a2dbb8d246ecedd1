import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { amarcSchemes, renderApp } from '../../../test/render-app';
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

describe('the next 30 days', () => {
  it('lists the interventions whose horizon has begun, soonest first, each linked', async () => {
    const { calls } = renderApp('/cb/planning?date=2026-12-06', {
      ...cbRoutes(['analyst'], 'u-ana'),
      'GET /api/v1/audits': page([]),
      'GET /api/v1/audits/upcoming': page([
        audit(),
        audit({ id: 'a-2', type: 'surveillance', startDate: '2026-12-20', endDate: '2026-12-20' }),
      ]),
      'GET /api/v1/dossiers/d-1': { body: cbDossier({ id: 'd-1', reference: 'DEMO-2026-000001' }) },
    });
    const upcoming = await screen.findByRole('region', { name: 'Interventions des 30 prochains jours' });
    const rows = await within(upcoming).findAllByRole('row');
    expect(
      rows.slice(1).map((r) =>
        within(r)
          .getByRole('link', { name: /^Audit/ })
          .getAttribute('href'),
      ),
    ).toEqual(['/cb/audits/a-1', '/cb/audits/a-2']);
    expect(within(upcoming).getByText('7 décembre 2026 – 8 décembre 2026')).toBeInTheDocument();
    expect(
      new URLSearchParams(calls.find((c) => c.path === '/api/v1/audits/upcoming')?.query).get('sort'),
    ).toBe('startDate');
  });
});

const amarcChecklist = {
  dossierId: 'd-1',
  reference: 'DEMO-2026-000001',
  schemeId: 'amarc',
  schemeVersion: '2024-01',
  level: 'B',
  openFindings: 1,
  chapters: [
    {
      id: '1',
      title: 'Organisation',
      requirements: [
        {
          id: '1.1',
          title: 'Responsable des réclamations',
          text: 'Un responsable est désigné.',
          controlMethods: ['documentary', 'interview'],
          referenceDocuments: [],
          openFindings: [
            {
              findingId: 'f-1',
              number: 'NC0003',
              severity: 'major',
              status: 'proofs_requested',
              dueDate: '2026-11-30',
              overdue: true,
            },
          ],
        },
        {
          id: '1.2',
          title: 'Appel mystère',
          text: 'Le client est rappelé sous 48 h.',
          controlMethods: ['mystery_call'],
          referenceDocuments: [],
          openFindings: [],
        },
      ],
    },
  ],
};

describe('the auditor’s intervention', () => {
  const auditRoutes = {
    ...cbRoutes(['auditor'], 'u-aud'),
    'GET /api/v1/schemes': amarcSchemes({ requirementCount: 2 }),
    'GET /api/v1/audits/a-1': {
      body: audit({ status: 'completed', reportDocumentId: 'doc-report', version: 2 }),
    },
    'GET /api/v1/dossiers/d-1': { body: cbDossier({ id: 'd-1', schemeId: 'amarc', level: 'B' }) },
    'GET /api/v1/dossiers/d-1/checklist': { body: amarcChecklist },
    'GET /api/v1/findings': page([
      auditFinding({ status: 'recorded', items: [], late: true }),
      auditFinding({ id: 'f-2', number: 'NC0004', status: 'recorded', items: [], late: false }),
    ]),
    'GET /api/v1/documents': page([]),
    'POST /api/v1/audits/a-1/findings': { status: 201, body: auditFinding({ status: 'recorded' }) },
  };

  it('shows the level’s requirements with their control methods, flags what is late, records a finding', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp('/cb/audits/a-1', auditRoutes);
    const tree = await screen.findByRole('region', { name: 'Exigences du référentiel' });
    expect(await within(tree).findByText(/Niveau du dossier : Niv B\./)).toBeInTheDocument();
    await user.click(within(tree).getByRole('button', { name: '1. Organisation' }));
    // The chapter's panel joins the accessibility tree once its opening transition has run.
    const first = await within(tree).findByRole('article', { name: '1.1 Responsable des réclamations' });
    expect(within(first).getByText('Vérification documentaire')).toBeInTheDocument();
    expect(within(first).getByText('Entretien')).toBeInTheDocument();
    // An open finding past its due date is said so on its requirement.
    expect(within(first).getByText(/Majeur · 30 novembre 2026 · En retard/)).toBeInTheDocument();
    const second = within(tree).getByRole('article', { name: '1.2 Appel mystère' });
    expect(within(second).getByText('Appel mystère')).toBeInTheDocument();

    // A finding recorded after the scheme's deadline is flagged late in the intervention's list.
    const findings = await screen.findByRole('region', { name: 'Écarts de l’intervention' });
    const late = (await within(findings).findByRole('link', { name: 'NC0003' })).closest(
      'div',
    ) as HTMLElement;
    expect(within(late).getByText('Saisi en retard')).toBeInTheDocument();
    const onTime = within(findings).getByRole('link', { name: 'NC0004' }).closest('div') as HTMLElement;
    expect(within(onTime).queryByText('Saisi en retard')).not.toBeInTheDocument();

    await user.click(within(second).getByRole('button', { name: 'Relever un écart' }));
    await user.click(within(second).getByRole('combobox', { name: 'Gravité' }));
    await user.click(await screen.findByRole('option', { name: 'Majeur' }));
    await user.type(within(second).getByRole('textbox', { name: 'Constat' }), 'Pas de rappel sous 48 h');
    await user.click(within(second).getByRole('button', { name: 'Enregistrer l’écart sur 1.2' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
        requirementId: '1.2',
        severity: 'major',
        description: 'Pas de rappel sous 48 h',
      }),
    );
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
