import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';
import { candidate, candidateRoutes, certification, certifiedCertification } from './records.fixtures';
import { expectSent } from '../../test/steps';

const url = '/training/candidates/cand-1?tab=certification';

const checklist = (ready: boolean): Routes[string] => ({
  body: {
    ready,
    items: [
      { check: 'validated_evaluation', ok: true, message: '' },
      { check: 'postal_address', ok: ready, message: '' },
    ],
  },
});

describe('the certification tab', () => {
  it('lists what the sending still lacks and offers it once the check list is met', async () => {
    const routes = (ready: boolean) =>
      candidateRoutes(candidate({ status: 'to_send' }), {
        extra: {
          'GET /api/v1/candidates/cand-1/certification': certification(),
          'GET /api/v1/candidates/cand-1/certification-checklist': checklist(ready),
          'POST /api/v1/candidates/cand-1/certification-sending': certification({
            status: 'awaiting_certification',
          }),
        },
      });
    const first = renderApp(url, routes(false));
    const list = await screen.findByRole(
      'list',
      { name: 'Points vérifiés avant l’envoi' },
      { timeout: 15_000 },
    );
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual([
      'Fait : une évaluation validée (28 sous-domaines acquis)',
      'À compléter : l’adresse postale du candidat (le certificat y est envoyé)',
    ]);
    expect(screen.getByRole('button', { name: 'Envoyer en certification' })).toBeDisabled();
    first.unmount();
    const { calls } = renderApp(url, routes(true));
    const send = await screen.findByRole('button', { name: 'Envoyer en certification' }, { timeout: 15_000 });
    // What the certificate prints, read once more and ticked before the dossier leaves.
    const identity = screen.getByRole('group', { name: 'Identité imprimée sur le certificat' });
    expect(identity).toHaveTextContent('Nom de naissanceMartin');
    expect(identity).toHaveTextContent('Lyon (69003)');
    expect(identity).toHaveTextContent('14 mars 1991');
    expect(send).toBeDisabled();
    await userEvent.click(
      screen.getByRole('checkbox', {
        name: 'J’ai vérifié ces informations avec la pièce d’identité du candidat',
      }),
    );
    await waitFor(() => expect(send).toBeEnabled());
    await userEvent.click(send);
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/certification-sending'))).toBe(true));
  }, 60_000);

  it('lets the jury member refuse only with a reason, or ask the establishment for a complement', async () => {
    const { calls } = renderApp(
      url,
      candidateRoutes(candidate({ status: 'awaiting_jury' }), {
        roles: ['jury_member'],
        extra: {
          'GET /api/v1/candidates/cand-1/certification': certification({
            status: 'awaiting_jury',
            sentAt: '2026-03-01T10:00:00.000Z',
            jury: { sessionId: 's1', region: 'ARA', sittingOn: '2026-03-20', sendMode: 'digital' },
          }),
          'PUT /api/v1/candidates/cand-1/jury-decision': certification({ status: 'not_certified' }),
          'POST /api/v1/candidates/cand-1/complement-request': certification({
            status: 'complement_requested',
          }),
        },
      }),
    );
    expect(await screen.findByText(/ARA \(Dématérialisé\)/, {}, { timeout: 15_000 })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Non certifié' }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    expect(screen.getByRole('textbox', { name: /Motif/ })).toHaveAccessibleDescription(
      /Au moins 3 caractères/,
    );
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    await userEvent.type(screen.getByRole('textbox', { name: /Motif/ }), 'Preuves insuffisantes');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      decision: 'not_certified',
      reason: 'Preuves insuffisantes',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Demander un complément' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Ce qui manque/ }), 'La matrice signée');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Demander un complément' }));
    await expectSent(calls, '/complement-request', { reason: 'La matrice signée' });
  }, 60_000);

  it('shows the postal dispatch history and lets the certifier record one and report a return', async () => {
    const { calls } = renderApp(
      url,
      candidateRoutes(candidate({ status: 'certified' }), {
        roles: ['certifier_staff'],
        extra: {
          'GET /api/v1/candidates/cand-1/certification': certifiedCertification('CLEA-IND-0001', {
            dispatches: [
              {
                id: 'd1',
                sentOn: '2026-03-25',
                channel: 'letter',
                recordedAt: '2026-03-25T10:00:00.000Z',
                recordedBy: 'c',
              },
            ],
          }),
          'GET /api/v1/individual-certificates': {
            body: {
              items: [
                { certificateId: 'ic-1', number: 'CLEA-IND-0001', status: 'valid', pdfAvailable: true },
              ],
              page: 1,
              pageSize: 20,
              total: 1,
            },
          },
          'POST /api/v1/candidates/cand-1/dispatches': certification({ status: 'certified' }),
          'PUT /api/v1/candidates/cand-1/dispatches/d1/undelivered': certification({ status: 'certified' }),
        },
      }),
    );
    expect(await screen.findByText('CLEA-IND-0001', {}, { timeout: 15_000 })).toBeInTheDocument();
    // The certificate the decision issued: its PDF once printed, and where its QR code leads.
    expect(await screen.findByRole('button', { name: 'Certificat (PDF)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Page publique de vérification' })).toHaveAttribute(
      'href',
      '/verify/CLEA-IND-0001',
    );
    // The postings have their own tab, as in the guide.
    await userEvent.click(screen.getByRole('tab', { name: 'Historique des envois' }));
    const history = await screen.findByRole('table', { name: 'Historique des envois postaux' });
    expect(within(history).getByText('Courrier simple')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Numéro de suivi' }), '1A23456789');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer un envoi' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/dispatches'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/dispatches'))?.body).toMatchObject({
      channel: 'registered_letter',
      trackingNumber: '1A23456789',
    });
    await userEvent.click(within(history).getByRole('button', { name: 'Signaler un retour (NPAI)' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Motif du retour/ }),
      'Adresse inconnue',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Signaler un retour (NPAI)' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path.endsWith('/undelivered'))?.body).toMatchObject({
        reason: 'Adresse inconnue',
      }),
    );
  }, 60_000);
});
