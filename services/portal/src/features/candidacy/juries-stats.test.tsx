import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Routes, unprocessable } from '../../test/render-app';
import { statusBars } from './CandidacyStats';
import { candidate, candidateRoutes } from './records.fixtures';

const session = {
  id: 'js-1',
  certifierId: 'cb-demo',
  region: 'ARA',
  sittingOn: '2026-04-14',
  sendMode: 'digital',
  createdAt: '2026-03-01T00:00:00.000Z',
  version: 0,
};
const page = <T,>(items: T[]) => ({ body: { items, page: 1, pageSize: 20, total: items.length } });

const certifier = (extra: Routes): Routes => ({
  'GET /api/v1/me': {
    body: { userId: 'u-cb', tenantType: 'cb', tenantId: 'cb-demo', roles: ['certifier_staff'] },
  },
  'GET /api/v1/notifications/unread-count': { body: { unread: 0, byCategory: {} } },
  'GET /api/v1/establishments': page([]),
  ...extra,
});

describe('the jury calendar', () => {
  it('plans a session, opens its page and assigns the ticked dossiers, each refusal said', async () => {
    const waiting = [
      candidate({ id: 'c1', status: 'awaiting_certification' }),
      candidate({ id: 'c2', reference: 'CLEA-2026-000043', status: 'awaiting_certification' }),
    ];
    const { calls } = renderApp(
      '/training/juries',
      certifier({
        'GET /api/v1/jury-sessions': page([session]),
        'GET /api/v1/jury-sessions/js-1': {
          body: { ...session, memberIds: [], assigned: { total: 0, byStatus: {} } },
        },
        'POST /api/v1/jury-sessions': { status: 201, body: session },
        'GET /api/v1/candidates': (call) => page(call.query.includes('jurySessionId') ? [] : waiting),
        'POST /api/v1/jury-sessions/js-1/assignments': {
          body: {
            session,
            results: [
              { candidateId: 'c1', assigned: true },
              { candidateId: 'c2', assigned: false, error: 'not awaiting certification' },
            ],
          },
        },
      }),
    );
    const plan = await screen.findByRole('form', { name: 'Planifier une session' }, { timeout: 15_000 });
    await userEvent.click(within(plan).getByRole('button', { name: 'Planifier la session' }));
    expect(within(plan).getByRole('textbox', { name: /Région/ })).toHaveAccessibleDescription(/obligatoire/);
    await userEvent.type(within(plan).getByRole('textbox', { name: /Région/ }), 'ARA');
    fireEvent.change(within(plan).getByLabelText(/Date du jury/), { target: { value: '2026-04-14' } });
    await userEvent.click(within(plan).getByRole('button', { name: 'Planifier la session' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/jury-sessions')).toBe(true),
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      region: 'ARA',
      sittingOn: '2026-04-14',
      sendMode: 'digital',
    });

    await userEvent.click(screen.getByRole('button', { name: /Ouvrir la session du .* \(ARA\)/ }));
    const awaiting = await screen.findByRole('region', { name: 'Dossiers en attente de certification' });
    await userEvent.click(await within(awaiting).findByRole('checkbox', { name: /CLEA-2026-000042/ }));
    await userEvent.click(within(awaiting).getByRole('checkbox', { name: /CLEA-2026-000043/ }));
    await userEvent.click(within(awaiting).getByRole('button', { name: 'Affecter 2 dossiers à la session' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/assignments'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/assignments'))?.body).toEqual({ candidateIds: ['c1', 'c2'] });
    expect(
      await within(awaiting).findByText('CLEA-2026-000043: not awaiting certification'),
    ).toBeInTheDocument();
  }, 60_000);
});

describe('the statistics', () => {
  it('keeps every status in place, zero where none', () => {
    const bars = statusBars([{ status: 'certified', count: 4 }]);
    expect(bars).toHaveLength(10);
    expect(bars.find((b) => b.status === 'certified')?.count).toBe(4);
    expect(bars.find((b) => b.status === 'to_send')?.count).toBe(0);
  });

  it('shows the figures, the charts and downloads the workbook for the chosen establishment', async () => {
    const stats = {
      asOf: '2026-03-01T10:00:00.000Z',
      candidacies: 12,
      certified: 5,
      inProgress: 4,
      notCertified: 1,
      abandoned: 2,
      byStatus: [
        { status: 'certified', count: 5 },
        { status: 'awaiting_jury', count: 4 },
      ],
    };
    const { calls } = renderApp('/training/stats?establishment=est-demo-a', {
      'GET /api/v1/me': {
        body: { userId: 'u-na', tenantType: 'network', tenantId: 'net-demo', roles: ['network_admin'] },
      },
      'GET /api/v1/notifications/unread-count': { body: { unread: 0, byCategory: {} } },
      'GET /api/v1/establishments': page([
        { id: 'est-demo-a', name: 'FORMATION DÉMO Lyon', certifierId: 'cb-demo' },
        { id: 'est-demo-b', name: 'FORMATION DÉMO Grenoble', certifierId: 'cb-demo' },
      ]),
      'GET /api/v1/candidacy-stats': { body: stats },
    });
    const figures = await screen.findByRole(
      'heading',
      { name: 'Candidatures par statut' },
      { timeout: 15_000 },
    );
    expect(figures).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/v1/candidacy-stats')?.query).toBe(
      '?establishmentId=est-demo-a',
    );
    const detail = screen.getByRole('region', { name: 'Détail par statut' });
    expect(within(detail).getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText('Certifiées').nextSibling).toHaveTextContent('5');
    await userEvent.click(screen.getByRole('button', { name: /Télécharger l’ensemble des statistiques/ }));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/v1/candidacy-stats/export')).toBe(true));
    expect(calls.find((c) => c.path === '/api/v1/candidacy-stats/export')?.query).toBe(
      '?establishmentId=est-demo-a',
    );
  }, 60_000);
});

describe('the trainings tab', () => {
  it('records a training with its domains, and says what a missing certificate of attendance means', async () => {
    const { calls } = renderApp(
      '/training/candidates/cand-1?tab=trainings',
      candidateRoutes(candidate({ status: 'awaiting_final_evaluation' }), {
        extra: {
          'POST /api/v1/candidates/cand-1/trainings': {
            status: 201,
            body: {
              id: 't1',
              candidateId: 'cand-1',
              title: 'x',
              startsOn: '2026-01-01',
              endsOn: '2026-01-02',
              durationHours: 7,
              domainIds: ['3'],
              proofDocumentIds: [],
              recordedAt: '2026-01-02T00:00:00.000Z',
              recordedBy: 'u',
            },
          },
        },
      }),
    );
    const form = await screen.findByRole('form', { name: 'Enregistrer une formation' }, { timeout: 15_000 });
    expect(within(form).getByText(/Sans attestation d’assiduité/)).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la formation' }));
    expect(within(form).getByText('Cochez au moins un domaine.')).toBeInTheDocument();
    await userEvent.type(within(form).getByRole('textbox', { name: /Intitulé/ }), 'Atelier numérique');
    await userEvent.click(within(form).getByRole('checkbox', { name: /^3\. Utiliser les techniques/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la formation' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      title: 'Atelier numérique',
      durationHours: 7,
      domainIds: ['3'],
      proofDocumentIds: [],
    });
  }, 60_000);

  it('places the API’s refusal of a field beside it, the certificate of attendance under its own name', async () => {
    renderApp(
      '/training/candidates/cand-1?tab=trainings',
      candidateRoutes(candidate({ status: 'awaiting_final_evaluation' }), {
        extra: {
          'POST /api/v1/candidates/cand-1/trainings': unprocessable(
            [
              { field: 'attendanceCertificateDocumentId', message: 'not a file of this candidate' },
              { field: 'proofDocumentIds.0', message: 'the file is still being checked' },
              { field: 'title', message: 'already recorded for these dates' },
            ],
            'some documents cannot be referenced',
          ),
        },
      }),
    );
    const form = await screen.findByRole('form', { name: 'Enregistrer une formation' }, { timeout: 15_000 });
    await userEvent.type(within(form).getByRole('textbox', { name: /Intitulé/ }), 'Atelier numérique');
    await userEvent.click(within(form).getByRole('checkbox', { name: /^3\. Utiliser les techniques/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer la formation' }));
    const attendance = await within(form).findByRole('group', { name: 'Attestation d’assiduité signée' });
    expect(attendance).toHaveAccessibleDescription('not a file of this candidate');
    expect(within(form).getByRole('group', { name: 'Autres pièces' })).toHaveAccessibleDescription(
      'the file is still being checked',
    );
    expect(within(form).getByRole('textbox', { name: /Intitulé/ })).toHaveAccessibleDescription(
      'already recorded for these dates',
    );
  }, 60_000);
});
