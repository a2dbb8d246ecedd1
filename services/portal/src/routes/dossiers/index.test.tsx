import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoRoutes, dossierFixture, renderApp } from '../../test/render-app';

const dossiers = Array.from({ length: 20 }, (_, i) =>
  dossierFixture({ id: `d-${i + 1}`, reference: `DEMO-2026-${String(i + 1).padStart(6, '0')}` }),
);

describe('the dossier list', () => {
  it('names schemes and CBs, and pages through the API with the page in the URL', async () => {
    const app = renderApp('/dossiers', {
      ...demoRoutes,
      'GET /api/v1/dossiers': { body: { items: dossiers, page: 1, pageSize: 20, total: 45 } },
    });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(within(table).getAllByText('Label Engagement')).toHaveLength(20);
    expect(within(table).getAllByText('CertHub Démo Certification')).toHaveLength(20);
    expect(screen.getByText('45 dossiers')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '3' }));
    await waitFor(() => expect(app.router.state.location.search).toEqual({ page: 3 }));
    await waitFor(() => expect(app.calls.at(-1)?.query).toContain('page=3'));
  });

  it('filters by status from the URL and says so when nothing matches', async () => {
    const app = renderApp('/dossiers?status=certified', {
      ...demoRoutes,
      'GET /api/v1/dossiers': { body: { items: [], page: 1, pageSize: 20, total: 0 } },
    });
    expect(await screen.findByText(/Aucun dossier ne correspond/)).toBeInTheDocument();
    expect(app.calls.find((c) => c.path === '/api/v1/dossiers')?.query).toContain('status=certified');
    expect(screen.getByRole('combobox', { name: 'Statut' })).toHaveValue('Certifié');
  });

  it('shows what went wrong, with a retry', async () => {
    renderApp('/dossiers', {
      ...demoRoutes,
      'GET /api/v1/dossiers': {
        status: 503,
        body: { type: 'about:blank', title: 'Service Unavailable', status: 503 },
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le service ne répond pas pour le moment : réessayez dans un instant.',
    );
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('says a refusal for the reader’s role in French, not the API’s English roles, and offers no retry', async () => {
    renderApp('/dossiers', {
      ...demoRoutes,
      'GET /api/v1/dossiers': {
        status: 403,
        body: {
          type: 'https://certhub.dev/problems/forbidden',
          title: 'forbidden',
          status: 403,
          detail: 'this action needs one of the roles: applicant_admin',
        },
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Votre profil ne donne pas accès à ces informations.');
    expect(alert).not.toHaveTextContent('roles');
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
  });

  it('quotes what the API said of any other failure', async () => {
    renderApp('/dossiers', {
      ...demoRoutes,
      'GET /api/v1/dossiers': {
        status: 422,
        body: { type: 'about:blank', title: 'validation failed', status: 422, detail: 'bad sort' },
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Le chargement a échoué : bad sort');
  });
});
