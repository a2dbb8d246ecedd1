import { screen, waitFor } from '@testing-library/react';
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
});
