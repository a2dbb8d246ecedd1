import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { amarcSchemes, renderApp, type Call } from '../../test/render-app';
import { cbDossier, cbRoutes } from './fixtures.test-data';
import { ageInDays, parseQueueSearch, queueStatuses } from './queue-search';
import { readViews, withView, withoutView, writeViews } from './saved-views';

const page = (items: unknown[]) => ({ body: { items, page: 1, pageSize: 25, total: items.length } });
const queueCalls = (calls: Call[]) =>
  calls
    .filter((c) => c.method === 'GET' && c.path === '/api/v1/dossiers')
    .map((c) => new URLSearchParams(c.query));

describe('work queue search', () => {
  it('keeps what it knows and drops the rest', () => {
    expect(
      parseQueueSearch({
        view: 'decision',
        scheme: 'label-engagement',
        sort: 'createdAt',
        page: '3',
        q: ' DEMO ',
        analyst: 'none',
        overdue: 'true',
        level: 'B',
      }),
    ).toEqual({
      view: 'decision',
      scheme: 'label-engagement',
      sort: 'createdAt',
      page: 3,
      q: 'DEMO',
      analyst: 'none',
      overdue: true,
      level: 'B',
    });
    expect(
      parseQueueSearch({ view: 'nope', sort: 'hack', page: '0', scheme: '{$ne:1}', overdue: 'yes' }),
    ).toEqual({});
  });

  it('asks the view’s statuses, or the one status chosen', () => {
    expect(queueStatuses({ view: 'to_instruct' })).toEqual(['submitted', 'corrected']);
    expect(queueStatuses({ view: 'to_instruct', status: 'corrected' })).toEqual(['corrected']);
    expect(queueStatuses({})).toEqual([]);
  });

  it('counts the age in whole days', () => {
    expect(ageInDays('2026-03-01T10:00:00Z', new Date('2026-03-04T09:00:00Z'))).toBe(2);
    expect(ageInDays('2026-03-05T10:00:00Z', new Date('2026-03-04T09:00:00Z'))).toBe(0);
  });
});

describe('work queue page', () => {
  const rows = [
    cbDossier({
      id: 'd-1',
      reference: 'DEMO-2026-000001',
      status: 'submitted',
      analystId: 'u-ana',
      holderName: 'Démo Services',
      overdueFindings: 0,
    }),
    cbDossier({ id: 'd-2', reference: 'DEMO-2026-000002', status: 'corrected', overdueFindings: 1 }),
  ];

  it('filters from the URL, names the analysts and holders, flags overdue findings', async () => {
    const { calls } = renderApp(
      '/cb/queue?view=to_instruct&scheme=label-engagement&sort=createdAt&analyst=me&overdue=true',
      { ...cbRoutes(['cb_admin']), 'GET /api/v1/dossiers': page(rows) },
    );
    const table = await screen.findByRole('table');
    const first = within(table).getByRole('row', { name: /DEMO-2026-000001/ });
    // The names and the overdue counts come from their own queries, after the rows.
    expect(await within(first).findByText('Anne Lyse', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(within(first).getByText('Questionnaire saisi')).toBeInTheDocument();
    expect(within(first).getByText('Démo Services')).toBeInTheDocument();
    const second = within(table).getByRole('row', { name: /DEMO-2026-000002/ });
    expect(await within(second).findByText('1 écart échu', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(within(second).getByText('Non attribué')).toBeInTheDocument();
    const query = queueCalls(calls).at(-1);
    expect(query?.getAll('status')).toEqual(['submitted', 'corrected']);
    expect(query?.get('schemeId')).toBe('label-engagement');
    expect(query?.get('sort')).toBe('createdAt');
    expect(query?.get('analystId')).toBe('u-cb');
    expect(query?.get('overdue')).toBe('true');
    expect(screen.getByRole('checkbox', { name: 'Écarts échus seulement' })).toBeChecked();
    expect(screen.getByRole('link', { name: 'DEMO-2026-000001' })).toHaveAttribute(
      'href',
      '/cb/dossiers/d-1',
    );
  });

  it('puts a new view in the URL and asks again', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderApp('/cb/queue', {
      ...cbRoutes(['analyst']),
      'GET /api/v1/dossiers': page(rows),
    });
    await screen.findByRole('table');
    await user.click(screen.getByRole('combobox', { name: 'Vue' }));
    await user.click(await screen.findByRole('option', { name: 'En attente de décision' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ view: 'decision' }));
    await waitFor(() => expect(queueCalls(calls).at(-1)?.getAll('status')).toEqual(['decision_pending']));
    // An analyst may not list the CB's users: no selection, his own dossiers named "Moi".
    expect(screen.queryByRole('checkbox', { name: /Sélectionner/ })).not.toBeInTheDocument();
  });

  it('assigns the ticked dossiers in one request and names those refused', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp('/cb/queue', {
      ...cbRoutes(['cb_admin']),
      'GET /api/v1/dossiers': page(rows),
      'POST /api/v1/dossiers/analyst-assignments': {
        body: {
          items: [
            { dossierId: 'd-1', assigned: true, dossier: rows[0] },
            {
              dossierId: 'd-2',
              assigned: false,
              error: { code: 'conflict', message: 'dossier d-2 is refused' },
            },
          ],
        },
      },
    });
    await screen.findByRole('table');
    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner les dossiers de la page' }));
    expect(screen.getByText('2 dossiers sélectionnés')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Attribuer à' }));
    await user.click(await screen.findByRole('option', { name: 'Benoît Dossier' }));
    await user.click(screen.getByRole('button', { name: 'Attribuer' }));
    expect(await screen.findByText('1 dossier attribué à Benoît Dossier')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'DEMO-2026-000002 n’a pas été attribué : dossier d-2 is refused',
    );
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => [c.path, c.body])).toEqual([
      ['/api/v1/dossiers/analyst-assignments', { analystId: 'u-ben', dossierIds: ['d-1', 'd-2'] }],
    ]);
  });
});

describe('saved views', () => {
  it('keeps the filters under a name, replacing one of the same name, never the page', () => {
    const views = withView([], 'Mes retards', { analyst: 'me', overdue: true, page: 4 });
    expect(views).toEqual([{ name: 'Mes retards', search: { analyst: 'me', overdue: true } }]);
    const renamed = withView(views, ' mes RETARDS ', { view: 'findings' });
    expect(renamed).toEqual([{ name: 'mes RETARDS', search: { view: 'findings' } }]);
    expect(withoutView(renamed, 'mes RETARDS')).toEqual([]);
  });

  it('reads back only what the URL’s own parsing accepts, per user', () => {
    localStorage.setItem(
      'certhub.queue.views.u-1',
      JSON.stringify([
        { name: 'Bon', search: { view: 'decision', sort: 'hack', page: 2 } },
        { name: '', search: {} },
        'junk',
        { name: 'Sans filtres' },
      ]),
    );
    expect(readViews(localStorage, 'u-1')).toEqual([{ name: 'Bon', search: { view: 'decision' } }]);
    expect(readViews(localStorage, 'u-2')).toEqual([]);
    localStorage.setItem('certhub.queue.views.u-3', '{not json');
    expect(readViews(localStorage, 'u-3')).toEqual([]);
    writeViews(localStorage, 'u-1', []);
    expect(readViews(localStorage, 'u-1')).toEqual([]);
  });
});

describe('the queue’s level filter and saved views', () => {
  const schemes = amarcSchemes();

  it('offers the chosen scheme’s levels, then saves the filters as a view linked to them', async () => {
    localStorage.clear();
    const user = userEvent.setup();
    const { calls, router } = renderApp('/cb/queue?scheme=amarc&view=audit&page=2', {
      ...cbRoutes(['analyst'], 'u-ana'),
      'GET /api/v1/schemes': schemes,
      'GET /api/v1/dossiers': page([]),
    });
    await user.click(await screen.findByRole('combobox', { name: 'Niveau' }));
    await user.click(await screen.findByRole('option', { name: 'Niv B' }));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ scheme: 'amarc', view: 'audit', level: 'B' }),
    );
    await waitFor(() => expect(queueCalls(calls).at(-1)?.get('level')).toBe('B'));

    const views = screen.getByRole('region', { name: 'Mes vues' });
    expect(within(views).getByText('Aucune vue enregistrée.')).toBeInTheDocument();
    await user.type(within(views).getByRole('textbox', { name: 'Nom de la vue' }), 'AMARC niveau B');
    await user.click(within(views).getByRole('button', { name: 'Enregistrer ces filtres' }));
    const link = within(views).getByRole('link', { name: 'AMARC niveau B' });
    expect(new URLSearchParams(link.getAttribute('href')?.split('?')[1]).toString()).toBe(
      'scheme=amarc&view=audit&level=B',
    );
    expect(readViews(localStorage, 'u-ana')).toHaveLength(1);

    // Removed, it is gone from this browser too.
    await user.click(within(views).getByRole('button', { name: 'Supprimer la vue « AMARC niveau B »' }));
    expect(within(views).queryByRole('link')).not.toBeInTheDocument();
    expect(readViews(localStorage, 'u-ana')).toEqual([]);
  });

  it('opens a saved view from the list: its filters come back in the URL', async () => {
    localStorage.clear();
    writeViews(localStorage, 'u-ana', [{ name: 'Décisions', search: { view: 'decision', analyst: 'me' } }]);
    const user = userEvent.setup();
    const { router } = renderApp('/cb/queue', {
      ...cbRoutes(['analyst'], 'u-ana'),
      'GET /api/v1/dossiers': page([]),
    });
    await user.click(await screen.findByRole('link', { name: 'Décisions' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ view: 'decision', analyst: 'me' }));
    expect(screen.queryByRole('combobox', { name: 'Niveau' })).not.toBeInTheDocument();
  });
});
