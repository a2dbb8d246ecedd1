import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoRoutes, dossierFixture, renderApp } from '../../test/render-app';

const certified = dossierFixture({
  status: 'certified',
  certificate: {
    certificateId: 'c-1',
    number: 'CERT-2026-0001',
    validFrom: '2026-03-01',
    validUntil: '2029-02-28',
    status: 'valid',
    issuedAt: '2026-03-01T10:00:00Z',
  },
  cycle: { surveillanceDue: ['2027-09-01'], renewalOpensOn: '2028-08-28' },
});

describe('the certificate on the dossier page', () => {
  it('shows status, validity, surveillance and renewal dates, the decisions, and takes a change of scope', async () => {
    const app = renderApp('/dossiers/d-1', {
      ...demoRoutes,
      'GET /api/v1/dossiers/d-1': { body: certified },
      'GET /api/v1/dossiers/d-1/trail': { body: { items: [], page: 1, pageSize: 100, total: 0 } },
      'GET /api/v1/dossiers/d-1/decisions': {
        body: {
          items: [
            {
              id: 'x',
              kind: 'initial',
              outcome: 'grant',
              reason: 'Écarts levés',
              decidedBy: 'd',
              decidedAt: '2026-03-01T09:00:00Z',
            },
          ],
        },
      },
      'POST /api/v1/dossiers/d-1/scope-changes': { body: certified },
    });
    expect(await screen.findByText('Certificat n° CERT-2026-0001', {}, { timeout: 15_000 })).toBeVisible();
    expect(screen.getByText('Valide')).toBeVisible();
    expect(screen.getByText('Valide du 1 mars 2026 au 28 février 2029')).toBeVisible();
    expect(screen.getByText('Surveillance prévue : 1 septembre 2027')).toBeVisible();
    expect(screen.getByText('Renouvellement possible à partir du 28 août 2028')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Télécharger mon e-certificat (PDF)' })).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Télécharger l’attestation vérifiable (.vc.jwt)' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'QR code de la page de vérification (SVG)' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Page publique de vérification' })).toHaveAttribute(
      'href',
      '/verify/CERT-2026-0001',
    );
    expect(await screen.findByText('Écarts levés')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Déclarer une modification du périmètre' }));
    await userEvent.type(
      await screen.findByRole('textbox', { name: /Description du changement/ }),
      'Nouveau site à Lyon',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la déclaration' }));
    await waitFor(() =>
      expect(app.calls.find((c) => c.path.endsWith('/scope-changes'))?.body).toEqual({
        description: 'Nouveau site à Lyon',
      }),
    );
  });
});
