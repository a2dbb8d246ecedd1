import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoRoutes, dossierFixture, renderApp, type Routes } from '../test/render-app';

const dossier = (status: string) => dossierFixture({ status });

const routes = (status: string, extra: Routes = {}): Routes => ({
  ...demoRoutes,
  'GET /api/v1/dossiers/d-1': { body: dossier(status) },
  'GET /api/v1/dossiers/d-1/trail': { body: { items: [], total: 0 } },
  ...extra,
});

describe('abandoning an application', () => {
  it('asks for confirmation and a reason before anything is sent', async () => {
    const app = renderApp(
      '/dossiers/d-1',
      routes('draft', { 'POST /api/v1/dossiers/d-1/abandon': { body: dossier('abandoned') } }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Abandonner la demande' }));
    const dialog = await screen.findByRole('dialog', { name: 'Abandonner la demande DEMO-2026-000001 ?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abandonner définitivement' }));
    expect(await within(dialog).findByText('Ce champ est obligatoire')).toBeInTheDocument();
    expect(app.calls.filter((c) => c.method === 'POST')).toEqual([]);

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Motif' }), 'Projet reporté');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abandonner définitivement' }));
    await waitFor(() =>
      expect(app.calls.find((c) => c.method === 'POST')).toMatchObject({
        path: '/api/v1/dossiers/d-1/abandon',
        body: { reason: 'Projet reporté' },
      }),
    );
  });

  it('keeps the dossier when the applicant changes their mind', async () => {
    const app = renderApp('/dossiers/d-1', routes('submitted'));
    await userEvent.click(await screen.findByRole('button', { name: 'Abandonner la demande' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Garder le dossier' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('is not offered once the audit has started', async () => {
    renderApp('/dossiers/d-1', routes('audit_planned'));
    expect(await screen.findByRole('heading', { level: 1, name: 'DEMO-2026-000001' })).toBeInTheDocument();
    await screen.findByText('Audit planifié');
    expect(screen.queryByRole('button', { name: 'Abandonner la demande' })).not.toBeInTheDocument();
  });
});
