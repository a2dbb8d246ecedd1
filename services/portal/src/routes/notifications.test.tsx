import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoRoutes, renderApp } from '../test/render-app';

const entry = (id: string, read: boolean) => ({
  id,
  category: 'dossier',
  title: `Dossier ${id} : questionnaire à saisir`,
  content: 'Votre dossier est ouvert.',
  link: `/dossiers/${id}`,
  read,
  createdAt: '2026-03-01T10:00:00.000Z',
});

describe('the inbox', () => {
  it('lists notifications with their category and unread mark, and marks them all read', async () => {
    const app = renderApp('/notifications', {
      ...demoRoutes,
      'GET /api/v1/notifications': {
        body: { items: [entry('d-1', false), entry('d-2', true)], page: 1, pageSize: 20, total: 2 },
      },
      'POST /api/v1/notifications/read': { body: { updated: 1, unread: 0 } },
    });
    expect(
      await screen.findByRole('link', { name: 'Dossier d-1 : questionnaire à saisir' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Non lue')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Tout marquer comme lu' }));
    await waitFor(() =>
      expect(app.calls.find((c) => c.method === 'POST')).toMatchObject({
        path: '/api/v1/notifications/read',
        body: { all: true },
      }),
    );
  });

  it('keeps its filters in the URL and sends them to the API', async () => {
    const app = renderApp('/notifications?category=findings&unread=true', {
      ...demoRoutes,
      'GET /api/v1/notifications': { body: { items: [], page: 1, pageSize: 20, total: 0 } },
    });
    expect(await screen.findByText('Aucune notification ne correspond à ces filtres.')).toBeInTheDocument();
    const query = app.calls.find((c) => c.path === '/api/v1/notifications')?.query ?? '';
    expect(query).toContain('category=findings');
    expect(query).toContain('read=false');
    expect(screen.getByRole('switch', { name: 'Non lues seulement' })).toBeChecked();
    await userEvent.click(screen.getByRole('switch', { name: 'Non lues seulement' }));
    await waitFor(() => expect(app.router.state.location.search).toEqual({ category: 'findings' }));
  });

  it('reads a notification when its link is followed', async () => {
    const app = renderApp('/notifications', {
      ...demoRoutes,
      'GET /api/v1/notifications': {
        body: { items: [entry('d-1', false)], page: 1, pageSize: 20, total: 1 },
      },
      'POST /api/v1/notifications/read': { body: { updated: 1, unread: 0 } },
    });
    await userEvent.click(await screen.findByRole('link', { name: 'Dossier d-1 : questionnaire à saisir' }));
    await waitFor(() => expect(app.calls.find((c) => c.method === 'POST')?.body).toEqual({ ids: ['d-1'] }));
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/dossiers/d-1'));
  });

  it('marks the ticked notifications read in one go, the page ticked at once', async () => {
    const app = renderApp('/notifications', {
      ...demoRoutes,
      'GET /api/v1/notifications': {
        body: {
          items: [entry('d-1', false), entry('d-2', false), entry('d-3', true)],
          page: 1,
          pageSize: 20,
          total: 3,
        },
      },
      'POST /api/v1/notifications/read': { body: { updated: 2, unread: 0 } },
    });
    const bulk = await screen.findByRole('button', { name: 'Marquer la sélection comme lue (0)' });
    expect(bulk).toBeDisabled();
    // A read notification has nothing to tick.
    expect(screen.queryByRole('checkbox', { name: /Sélectionner : Dossier d-3/ })).toBeNull();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Sélectionner : Dossier d-2 : questionnaire à saisir' }),
    );
    expect(screen.getByRole('button', { name: 'Marquer la sélection comme lue (1)' })).toBeEnabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner les non lues de la page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Marquer la sélection comme lue (2)' }));
    await waitFor(() =>
      expect(app.calls.find((c) => c.method === 'POST')?.body).toEqual({ ids: ['d-2', 'd-1'] }),
    );
  });

  it('filters on the title and the content as typed, and names the seed’s categories', async () => {
    const app = renderApp('/notifications', {
      ...demoRoutes,
      'GET /api/v1/notifications': { body: { items: [], page: 1, pageSize: 20, total: 0 } },
    });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Titre' }), 'habilitation');
    await userEvent.type(screen.getByRole('textbox', { name: 'Contenu' }), 'Lyon');
    await waitFor(() =>
      expect(app.router.state.location.search).toEqual({ title: 'habilitation', content: 'Lyon' }),
    );
    await waitFor(() =>
      expect(app.calls.filter((c) => c.path === '/api/v1/notifications').at(-1)?.query).toContain(
        'title=habilitation',
      ),
    );
    expect(app.calls.filter((c) => c.path === '/api/v1/notifications').at(-1)?.query).toContain(
      'content=Lyon',
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Catégorie' }));
    const options = await screen.findByRole('listbox');
    for (const rubric of [
      'Demande d’habilitation',
      'Demande de rattachement',
      'Changement de certificateur',
      'Décision du jury',
      'Envoi en certification',
      'Plis non distribués',
      'Renouvellement d’habilitation',
    ])
      expect(within(options).getByRole('option', { name: rubric })).toBeInTheDocument();
  });
});
