import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoRoutes, dossierFixture, renderApp, unprocessable } from '../../test/render-app';

async function choose(label: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('opening a dossier', () => {
  it('checks the contract’s rules before sending: each missing field said beside it', async () => {
    const app = renderApp('/dossiers/new', demoRoutes);
    await userEvent.click(await screen.findByRole('button', { name: 'Ouvrir le dossier' }));
    expect(await screen.findAllByText('Ce champ est obligatoire')).toHaveLength(2);
    expect(screen.getByRole('combobox', { name: 'Référentiel' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'Organisme certificateur' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(app.calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('puts the API’s problem+json field errors on the fields they name', async () => {
    const app = renderApp('/dossiers/new', {
      ...demoRoutes,
      'POST /api/v1/dossiers': unprocessable([
        { field: 'cbId', message: 'this certification body does not take this scheme' },
      ]),
    });
    await screen.findByRole('button', { name: 'Ouvrir le dossier' });
    await choose('Référentiel', 'Label Engagement');
    await choose('Organisme certificateur', 'CertHub Démo Certification');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir le dossier' }));
    const cb = screen.getByRole('combobox', { name: 'Organisme certificateur' });
    await waitFor(() => expect(cb).toHaveAttribute('aria-invalid', 'true'));
    expect(cb).toHaveAccessibleDescription('this certification body does not take this scheme');
    expect(app.calls.find((c) => c.method === 'POST')?.body).toEqual({
      schemeId: 'label-engagement',
      cbId: 'cb-demo',
    });
    // What was typed stays.
    expect(screen.getByRole('combobox', { name: 'Référentiel' })).toHaveValue('Label Engagement');
  });

  it('goes to the new dossier once opened', async () => {
    const opened = dossierFixture({ id: 'd-9', reference: 'DEMO-2026-000009' });
    const app = renderApp('/dossiers/new', {
      ...demoRoutes,
      'POST /api/v1/dossiers': { status: 201, body: opened },
      'GET /api/v1/dossiers/d-9': { body: opened },
      'GET /api/v1/dossiers/d-9/trail': {
        body: {
          items: [
            {
              at: '2026-03-01T10:00:00.000Z',
              who: 'u-1',
              action: 'create',
              what: 'dossier opened',
              fromStatus: 'draft',
              toStatus: 'draft',
            },
          ],
          total: 1,
        },
      },
    });
    await screen.findByRole('button', { name: 'Ouvrir le dossier' });
    await choose('Référentiel', 'Label Engagement');
    await choose('Organisme certificateur', 'CertHub Démo Certification');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir le dossier' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'DEMO-2026-000009' })).toBeInTheDocument();
    expect(app.router.state.location.pathname).toBe('/dossiers/d-9');
    expect(await screen.findByText('Dossier ouvert')).toBeInTheDocument();
    expect(screen.getByText('1 mars 2026, 11:00')).toBeInTheDocument();
  });
});
