import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';
import { confirmWithReason, expectSent } from '../../test/steps';
import { cbDossier, cbRoutes } from './fixtures.test-data';
import { identificationQuestions } from '../questionnaire/questionnaire.fixtures';

/** q2 is asked only when q1 is "Oui": the read view shows what the organisation was asked. */
const scheme = {
  schemeId: 'label-engagement',
  version: '1',
  title: 'Label Engagement',
  levels: [],
  decisionOptions: { initial: ['grant', 'refuse'], surveillance: ['maintain', 'suspend', 'withdraw'] },
  questionnaire: {
    title: 'Dossier de recevabilité',
    sections: [
      {
        id: 's1',
        title: 'Identification',
        questions: identificationQuestions,
      },
    ],
  },
};

const finding = (status: string, overrides: Record<string, unknown> = {}) => ({
  id: 'qf-1',
  number: 'NC0001',
  questionId: 'q3',
  description: 'Le site secondaire n’est pas déclaré',
  status,
  raisedAt: '2026-02-01T10:00:00Z',
  raisedBy: 'u-ana',
  ...overrides,
});

const routes = (status: string, findings: unknown[], extra: Routes = {}): Routes => ({
  ...cbRoutes(['analyst'], 'u-ana'),
  'GET /api/v1/dossiers/d-1': {
    body: cbDossier({
      status,
      analystId: 'u-ana',
      questionnaire: { revision: 3, submittedAt: '2026-01-20T10:00:00Z' },
    }),
  },
  'GET /api/v1/dossiers/d-1/questionnaire': {
    body: {
      dossierId: 'd-1',
      reference: 'DEMO-2026-000001',
      schemeId: 'label-engagement',
      schemeVersion: '1',
      revision: 3,
      answers: {
        q1: { value: false },
        q2: { value: 'caché' },
        q3: { value: 'mono', comment: 'Un seul site' },
      },
    },
  },
  'GET /api/v1/schemes/label-engagement': { body: scheme },
  'GET /api/v1/dossiers/d-1/questionnaire/findings': { body: { items: findings } },
  'GET /api/v1/dossiers/d-1/trail': {
    body: {
      items: [
        {
          at: '2026-01-20T10:00:00Z',
          who: 'u-org',
          action: 'submit_questionnaire',
          what: 'questionnaire submitted',
          fromStatus: 'draft',
          toStatus: 'submitted',
        },
      ],
      page: 1,
      pageSize: 100,
      total: 1,
    },
  },
  ...extra,
});

describe('instruction of a dossier', () => {
  it('reads the shown answers, the trail beside, and raises a finding on one answer', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp(
      '/cb/dossiers/d-1',
      routes('submitted', [], {
        'POST /api/v1/dossiers/d-1/questionnaire/findings': { status: 201, body: finding('open') },
      }),
    );
    const review = await screen.findByRole('region', { name: 'Identification' });
    expect(within(review).getByText('Non')).toBeInTheDocument();
    expect(within(review).getByText('Mono-site')).toBeInTheDocument();
    expect(within(review).getByText('Commentaire de l’organisation : Un seul site')).toBeInTheDocument();
    // Hidden by "Non" to question 1: not shown, whatever its stale answer.
    expect(within(review).queryByText('caché')).not.toBeInTheDocument();
    const trail = screen.getByRole('complementary', { name: 'Historique du dossier' });
    expect(within(trail).getByText('Questionnaire soumis')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Relever un écart sur la question 3' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Description de l’écart (question 3)' }),
      'Le site secondaire n’est pas déclaré',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’écart' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        questionId: 'q3',
        description: 'Le site secondaire n’est pas déclaré',
      }),
    );
  });

  it('keeps admissibility closed while a finding is open, and closes a corrected one', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp(
      '/cb/dossiers/d-1',
      routes(
        'corrected',
        [
          finding('corrected', {
            response: {
              correctiveAction: 'Site ajouté',
              answeredAt: '2026-02-02T10:00:00Z',
              answeredBy: 'u-org',
            },
          }),
        ],
        {
          'POST /api/v1/dossiers/d-1/questionnaire/findings/qf-1/close': { body: finding('closed') },
        },
      ),
    );
    expect(await screen.findByText('1 écart du questionnaire n’est pas encore levé.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Déclarer recevable' })).toBeDisabled();
    expect(await screen.findByText('Réponse de l’organisation : Site ajouté')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lever l’écart NC0001' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/qf-1/close'))).toBe(true),
    );
  });

  it('refuses only with a reason, after confirming', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp(
      '/cb/dossiers/d-1',
      routes('submitted', [], {
        'POST /api/v1/dossiers/d-1/refusal': { body: cbDossier({ status: 'refused' }) },
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Refuser la demande' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refuser la demande DEMO-2026-000001 ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    expect(await within(dialog).findByText('Indiquez le motif.')).toBeInTheDocument();
    expect(calls.some((c) => c.path.endsWith('/refusal'))).toBe(false);
    await confirmWithReason(user, dialog, 'Hors du champ du label');
    await expectSent(calls, '/refusal', { reason: 'Hors du champ du label' });
  });

  it('says "not found" for a dossier of another CB, and nothing else', async () => {
    renderApp('/cb/dossiers/d-9', cbRoutes(['analyst']));
    expect(await screen.findByRole('heading', { name: 'Cette page n’existe pas.' })).toBeInTheDocument();
    expect(
      screen.getByText('Ce dossier n’existe pas ou ne relève pas de votre organisme.'),
    ).toBeInTheDocument();
  });

  it('has the analyst accept a filed renewal document and reject another with its reason', async () => {
    const user = userEvent.setup();
    const renewal = {
      openedAt: '2026-02-01T10:00:00Z',
      changeOfCb: false,
      auditType: 'renewal',
      documents: [
        { n: 1, label: 'Devis signé', documentId: 'doc-1', status: 'submitted' },
        { n: 2, label: 'Extrait Kbis', documentId: 'doc-2', status: 'submitted' },
        { n: 3, label: 'Certificat en cours', status: 'missing' },
      ],
    };
    const { calls } = renderApp(
      '/cb/dossiers/d-1',
      routes('renewal', [], {
        'GET /api/v1/dossiers/d-1': {
          body: cbDossier({ status: 'renewal', cycle: { surveillanceDue: [], renewal } }),
        },
        'GET /api/v1/documents/doc-1': { body: { documentId: 'doc-1', name: 'devis-2029.pdf' } },
        'GET /api/v1/documents/doc-2': { body: { documentId: 'doc-2', name: 'kbis.pdf' } },
        'POST /api/v1/dossiers/d-1/renewal/documents/review': { body: cbDossier({ status: 'renewal' }) },
      }),
    );
    const card = await screen.findByRole('region', { name: 'Documents du renouvellement' });
    expect(within(card).getByText(/0 document accepté sur 3/)).toBeInTheDocument();
    const missing = within(card).getByRole('listitem', { name: 'Certificat en cours' });
    expect(within(missing).getByText('À déposer')).toBeInTheDocument();
    expect(within(missing).queryByRole('button')).not.toBeInTheDocument();
    expect(await within(card).findByText('devis-2029.pdf')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Accepter « Devis signé »' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Accepter « Devis signé » ?' })).getByRole('button', {
        name: 'Confirmer',
      }),
    );
    await user.click(within(card).getByRole('button', { name: 'Refuser « Extrait Kbis »' }));
    const reject = await screen.findByRole('dialog', { name: 'Refuser « Extrait Kbis » ?' });
    // No reason, no refusal: the applicant must read why.
    await user.click(within(reject).getByRole('button', { name: 'Confirmer' }));
    expect(await within(reject).findByText('Indiquez le motif.')).toBeInTheDocument();
    await confirmWithReason(user, reject, 'Extrait de plus de 3 mois');
    await waitFor(() =>
      expect(calls.filter((c) => c.path.endsWith('/renewal/documents/review')).map((c) => c.body)).toEqual([
        { reviews: [{ n: 1, accepted: true }] },
        { reviews: [{ n: 2, accepted: false, reason: 'Extrait de plus de 3 mois' }] },
      ]),
    );
  });

  it('shows a renewal’s documents to a cb_admin without offering their review', async () => {
    renderApp(
      '/cb/dossiers/d-1',
      routes('renewal', [], {
        'GET /api/v1/me': {
          body: { userId: 'u-cb', tenantType: 'cb', tenantId: 'cb-demo', roles: ['cb_admin'] },
        },
        'GET /api/v1/dossiers/d-1': {
          body: cbDossier({
            status: 'renewal',
            cycle: {
              surveillanceDue: [],
              renewal: {
                openedAt: '2026-02-01T10:00:00Z',
                changeOfCb: false,
                auditType: 'renewal',
                documents: [
                  {
                    n: 1,
                    label: 'Devis signé',
                    status: 'rejected',
                    reason: 'Non signé',
                    documentId: 'doc-1',
                  },
                ],
              },
            },
          }),
        },
        'GET /api/v1/documents/doc-1': { body: { documentId: 'doc-1', name: 'devis.pdf' } },
      }),
    );
    const card = await screen.findByRole('region', { name: 'Documents du renouvellement' });
    expect(within(card).getByText(/Un chargé de dossier les vérifie/)).toBeInTheDocument();
    expect(
      within(card).getByText('Refusé : Non signé. L’organisation le dépose à nouveau.'),
    ).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /Accepter|Refuser/ })).not.toBeInTheDocument();
  });
});
