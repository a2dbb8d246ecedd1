import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoRoutes, dossierFixture, renderApp, type Routes } from '../../test/render-app';
import { auditFinding } from '../cb/fixtures.test-data';

const item = (id: string, ready: boolean, text: string) => ({
  id,
  kind: 'measure',
  status: 'draft',
  ready,
  text,
  documentIds: [],
  updatedAt: '2026-03-01T10:00:00Z',
});

// The CB screens' finding, as the organisation sees it while its measures are asked for.
const finding = auditFinding({
  status: 'measures_requested',
  items: [item('i-1', true, 'Registre des réclamations'), item('i-2', false, 'Formation des équipes')],
  recordedBy: 'auditor',
});

const routes = (extra: Routes = {}): Routes => ({
  ...demoRoutes,
  'GET /api/v1/dossiers/d-1': { body: dossierFixture({ status: 'findings_open' }) },
  'GET /api/v1/findings': { body: { items: [finding], page: 1, pageSize: 100, total: 1 } },
  'GET /api/v1/findings/f-1/messages': {
    body: {
      items: [
        {
          id: 'm-1',
          findingId: 'f-1',
          authorId: 'an',
          authorSide: 'certification_body',
          body: 'Merci de joindre le registre',
          at: '2026-03-02T08:00:00Z',
        },
      ],
      page: 1,
      pageSize: 100,
      total: 1,
    },
  },
  'POST /api/v1/findings/f-1/items': { body: finding },
  'PUT /api/v1/findings/f-1/items/i-2/ready': { body: finding },
  'POST /api/v1/dossiers/d-1/findings/send': {
    body: { batchId: 'b-1', findings: [{ findingId: 'f-1', number: 'NC0003', itemIds: ['i-1'] }] },
  },
  'POST /api/v1/findings/f-1/messages': { body: { id: 'm-2' } },
  ...extra,
});

describe('audit findings from the applicant’s side', () => {
  it('drafts a measure, marks another ready, and sends only the ready ones in one batch', async () => {
    const app = renderApp('/dossiers/d-1/findings', routes());
    expect(await screen.findByRole('heading', { level: 2, name: 'NC0003' })).toBeVisible();
    expect(screen.getByText('Majeur')).toBeVisible();
    expect(screen.getByText('Mesures correctives demandées')).toBeVisible();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Nouvelle mesure corrective (NC0003)' }),
      'Procédure revue',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le brouillon de mesure' }));
    await waitFor(() =>
      expect(
        app.calls.find((c) => c.method === 'POST' && c.path === '/api/v1/findings/f-1/items')?.body,
      ).toEqual({
        version: 4,
        kind: 'measure',
        text: 'Procédure revue',
      }),
    );
    const second = screen.getByText('Formation des équipes').closest('li') as HTMLElement;
    await userEvent.click(within(second).getByRole('checkbox', { name: 'Prête à envoyer' }));
    await waitFor(() =>
      expect(app.calls.find((c) => c.path.endsWith('/i-2/ready'))?.body).toEqual({
        version: 4,
        kind: 'measure',
        ready: true,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer 1 mesure prête' }));
    expect(await screen.findByText('Envoyé à l’organisme certificateur : NC0003')).toBeVisible();
    expect(app.calls.find((c) => c.path.endsWith('/findings/send'))?.body).toEqual({ kind: 'measure' });
    expect(screen.getByRole('button', { name: 'Aucune preuve prête à envoyer' })).toBeDisabled();
  });

  it('keeps a message thread per finding', async () => {
    const app = renderApp('/dossiers/d-1/findings', routes());
    await userEvent.click(await screen.findByRole('button', { name: 'Messages sur NC0003' }));
    expect(await screen.findByText('Merci de joindre le registre')).toBeVisible();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Votre message (NC0003)' }),
      'Registre joint demain',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer le message' }));
    await waitFor(() =>
      expect(app.calls.find((c) => c.method === 'POST' && c.path.endsWith('/messages'))?.body).toEqual({
        body: 'Registre joint demain',
      }),
    );
  });
});
