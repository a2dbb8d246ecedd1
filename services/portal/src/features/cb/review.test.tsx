import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';
import { auditFinding, cbDossier, cbRoutes } from './fixtures.test-data';
import { parseReviewSearch } from './review-search';
import { expectSent } from '../../test/steps';

const messages = {
  items: [
    {
      id: 'm-1',
      findingId: 'f-1',
      authorId: 'u-org',
      authorSide: 'applicant',
      body: 'Le registre est en ligne',
      at: '2026-03-02T08:00:00Z',
    },
  ],
  page: 1,
  pageSize: 100,
  total: 1,
};

const routes = (finding: Record<string, unknown>, extra: Routes = {}): Routes => ({
  ...cbRoutes(['analyst'], 'u-ana'),
  'GET /api/v1/findings/f-1': { body: finding },
  'GET /api/v1/findings/f-1/messages': { body: messages },
  'GET /api/v1/dossiers/d-1': { body: cbDossier({ status: 'findings_open' }) },
  ...extra,
});

describe('findings review', () => {
  it('keeps its filters in the URL and asks the API with them', async () => {
    expect(parseReviewSearch({ overdue: 'true', severity: 'major', requirement: '2.1', state: 'x' })).toEqual(
      {
        overdue: true,
        severity: 'major',
        requirement: '2.1',
      },
    );
    const { calls } = renderApp('/cb/findings?overdue=true&severity=major&requirement=2.1&state=open', {
      ...cbRoutes(['analyst']),
      'GET /api/v1/findings': {
        body: { items: [auditFinding({ overdue: true })], page: 1, pageSize: 25, total: 1 },
      },
    });
    const row = await screen.findByRole('row', { name: /NC0003/ });
    expect(within(row).getByText('Majeur')).toBeInTheDocument();
    expect(within(row).getByText('1 élément envoyé')).toBeInTheDocument();
    expect(within(row).getByText(/Échu/)).toBeInTheDocument();
    const query = new URLSearchParams(calls.find((c) => c.path === '/api/v1/findings')?.query);
    expect(Object.fromEntries(query)).toMatchObject({
      overdue: 'true',
      severity: 'major',
      requirementId: '2.1',
      state: 'open',
      sort: 'dueDate',
    });
  });

  it('accepts a sent measure, naming the version seen', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp(
      '/cb/findings/f-1',
      routes(auditFinding(), { 'POST /api/v1/findings/f-1/items/i-1/review': { body: auditFinding() } }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'NC0003' })).toBeInTheDocument();
    expect(await screen.findByText('Le registre est en ligne')).toBeInTheDocument();
    expect(screen.getByText(/^Organisation ·/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accepter : Registre des réclamations' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        version: 4,
        kind: 'measure',
        decision: 'accept',
      }),
    );
  });

  it('asks for clarification with a comment, and says when the finding changed meanwhile', async () => {
    const user = userEvent.setup();
    renderApp(
      '/cb/findings/f-1',
      routes(auditFinding(), {
        'POST /api/v1/findings/f-1/items/i-1/review': {
          status: 409,
          body: { type: 'about:blank', title: 'Conflict', status: 409, detail: 'stale version' },
        },
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Demander des précisions' }));
    await user.type(screen.getByRole('textbox', { name: 'Précisions demandées' }), 'Joindre le registre');
    await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(await screen.findByText(/L’écart a changé entre-temps/)).toBeInTheDocument();
  });

  it('confirms a recorded finding, or asks for proofs at once when measures were agreed at closing', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp(
      '/cb/findings/f-1',
      routes(
        auditFinding({ status: 'confirmed', items: [], closingMeetingMeasures: 'Registre mis en place' }),
        {
          'POST /api/v1/findings/f-1/proofs-request': { body: auditFinding() },
        },
      ),
    );
    expect(
      await screen.findByText(/Des mesures ont été convenues en réunion de clôture/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Demander les preuves' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await expectSent(calls, '/proofs-request', { version: 4 });
  });
});
