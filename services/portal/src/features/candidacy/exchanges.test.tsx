import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';
import { candidate, candidateRoutes, certifiedCertification } from './records.fixtures';
import { formatSize } from './Documents';

const page = <T,>(items: T[], total = items.length) => ({ body: { items, page: 1, pageSize: 20, total } });

const file = (change: Record<string, unknown> = {}) => ({
  documentId: 'doc-1',
  kind: 'evaluation_matrix',
  attachedTo: 'preliminary 2026-01-10',
  name: 'matrice-signee.pdf',
  fileKind: 'pdf',
  size: 312_000,
  uploadedAt: '2026-01-10T09:30:00.000Z',
  uploadedBy: { userId: 'u-est', tenantType: 'network' },
  frozen: true,
  ...change,
});

describe('the documents tab', () => {
  it('lists every file with what it belongs to, its size, date and side, filtered by kind', async () => {
    const { calls } = renderApp(
      '/training/candidates/cand-1?tab=documents',
      candidateRoutes(candidate({ status: 'awaiting_jury' }), {
        extra: {
          'GET /api/v1/candidates/cand-1/documents': (call) =>
            call.query.includes('kind=complement')
              ? page([file({ documentId: 'doc-2', kind: 'complement', name: 'projet.pdf' })])
              : page([
                  file(),
                  file({
                    documentId: 'doc-3',
                    kind: 'unattached',
                    attachedTo: undefined,
                    name: 'notes.docx',
                    fileKind: 'docx',
                    size: 2_500_000,
                    frozen: false,
                    uploadedBy: { userId: 'u-cb', tenantType: 'cb' },
                  }),
                ]),
        },
      }),
    );
    const table = await screen.findByRole(
      'table',
      { name: 'Fichiers du dossier du candidat' },
      { timeout: 15_000 },
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'matrice-signee.pdfPièce enregistrée',
      'notes.docx',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('Matrice d’évaluation')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('vous')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('Le certificateur')).toBeInTheDocument();
    expect(rows[1]?.textContent).toContain(formatSize(2_500_000, 'fr'));
    expect(screen.getByRole('button', { name: 'Télécharger notes.docx' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Rattaché à' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Complément au jury' }));
    expect(await screen.findByText('projet.pdf')).toBeInTheDocument();
    expect(calls.some((c) => c.path.endsWith('/documents') && c.query.includes('kind=complement'))).toBe(
      true,
    );
  }, 60_000);

  it('writes sizes in the reader’s units', () => {
    expect(formatSize(850 * 1024, 'en')).toBe('850 kB');
    expect(formatSize(1.5 * 1024 ** 2, 'en')).toBe('1.5 MB');
  });
});

const exchange = (change: Record<string, unknown>) => ({
  id: 'e',
  at: '2026-03-02T10:00:00.000Z',
  kind: 'message',
  side: 'establishment',
  by: 'u-est',
  body: '',
  documentIds: [],
  ...change,
});

describe('the exchanges tab', () => {
  const thread = page([
    exchange({ id: 'm1', body: 'Le candidat sera absent le jour du jury.' }),
    exchange({
      id: 'complement-0',
      kind: 'complement_request',
      side: 'certifier',
      by: 'u-jury',
      at: '2026-03-03T10:00:00.000Z',
      body: 'Objectifs à préciser',
    }),
  ]);

  it('shows the thread oldest first and posts a message to the other side', async () => {
    const { calls } = renderApp(
      '/training/candidates/cand-1?tab=exchanges',
      candidateRoutes(candidate({ status: 'awaiting_jury' }), {
        extra: {
          'GET /api/v1/candidates/cand-1/exchanges': thread,
          'POST /api/v1/candidates/cand-1/exchanges': {
            status: 201,
            body: exchange({ id: 'm2', body: 'Merci, nous complétons.' }),
          },
        },
      }),
    );
    const list = await screen.findByRole(
      'list',
      { name: 'Échanges avec le certificateur' },
      { timeout: 15_000 },
    );
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((e) => e.textContent)).toEqual([
      expect.stringContaining('Le candidat sera absent'),
      expect.stringContaining('Objectifs à préciser'),
    ]);
    expect(within(entries[1] as HTMLElement).getByText('Demande de complément')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Écrire à l’autre partie' });
    await userEvent.click(within(form).getByRole('button', { name: 'Envoyer le message' }));
    expect(within(form).getByRole('textbox', { name: /Votre message/ })).toHaveAccessibleDescription(
      /obligatoire/,
    );
    await userEvent.type(
      within(form).getByRole('textbox', { name: /Votre message/ }),
      '  Merci, nous complétons.  ',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Envoyer le message' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ body: 'Merci, nous complétons.' });
    expect(await screen.findByText('Message envoyé.')).toBeInTheDocument();
  }, 60_000);

  it('says when the exchanges open, before the dossier is sent', async () => {
    renderApp(
      '/training/candidates/cand-1?tab=exchanges',
      candidateRoutes(candidate({ status: 'to_send' }), {
        extra: { 'GET /api/v1/candidates/cand-1/exchanges': page([]) },
      }),
    );
    expect(
      await screen.findByText(/Les échanges s’ouvrent une fois/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Écrire à l’autre partie' })).toBeNull();
  }, 60_000);
});

const session = {
  id: 'js-1',
  certifierId: 'cb-demo',
  region: 'ARA',
  sittingOn: '2026-04-14',
  sendMode: 'paper',
  createdAt: '2026-03-01T00:00:00.000Z',
  version: 2,
  memberIds: [],
  assigned: { total: 3, byStatus: { awaiting_jury: 2, certified: 1 } },
};

const cbUser = (roles: string[], extra: Routes): Routes => ({
  'GET /api/v1/me': { body: { userId: 'u-cb', tenantType: 'cb', tenantId: 'cb-demo', roles } },
  'GET /api/v1/notifications/unread-count': { body: { unread: 0, byCategory: {} } },
  'GET /api/v1/establishments': page([]),
  ...extra,
});

describe('one jury session', () => {
  it('shows the jury member when and where it sits, its dossiers per status and those to assign', async () => {
    renderApp(
      '/training/juries/js-1',
      cbUser(['jury_member'], {
        'GET /api/v1/jury-sessions/js-1': { body: session },
        'GET /api/v1/candidates': (call) =>
          page(call.query.includes('jurySessionId') ? [candidate({ status: 'awaiting_jury' })] : []),
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: /Session du .* — ARA/ }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'La session' });
    expect(within(facts).getByText('Papier')).toBeInTheDocument();
    expect(within(facts).getByText('Tout le jury du certificateur')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer les membres' })).toBeNull();
    const states = screen.getByRole('region', { name: '3 dossiers affectés' });
    expect(
      within(states)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['En attente de jury2', 'Certifiée1']);
    const dossiers = await screen.findByRole('region', { name: /Dossiers de la session du/ });
    expect(await within(dossiers).findByRole('link', { name: 'CLEA-2026-000042' })).toHaveAttribute(
      'href',
      '/training/candidates/cand-1?tab=certification',
    );
  }, 60_000);

  it('answers not found for a session the reader does not sit in', async () => {
    renderApp('/training/juries/js-9', cbUser(['jury_member'], {}));
    expect(
      await screen.findByRole('heading', { level: 1, name: /n’existe pas/ }, { timeout: 15_000 }),
    ).toBeInTheDocument();
  }, 60_000);
});

const news = (change: Record<string, unknown>) => ({
  id: 'n',
  title: '',
  body: 'Texte',
  audience: 'all',
  publishedOn: '2026-03-01',
  publishedBy: 'u-cb',
  tenantId: 'cb-demo',
  createdAt: '2026-03-01T00:00:00.000Z',
  ...change,
});

describe('the news', () => {
  it('shows the latest on the home of a training network user', async () => {
    renderApp('/', {
      ...candidateRoutes(candidate()),
      'GET /api/v1/candidates': page([]),
      'GET /api/v1/news': page([news({ id: 'n1', title: 'Nouveau référentiel' })]),
    });
    const feed = await screen.findByRole('region', { name: 'Actualités' }, { timeout: 15_000 });
    expect(await within(feed).findByRole('heading', { name: 'Nouveau référentiel' })).toBeInTheDocument();
    expect(within(feed).getByRole('link', { name: 'Toutes les actualités' })).toHaveAttribute(
      'href',
      '/training/news',
    );
  }, 60_000);

  it('lets the certifier publish for its establishments, every field checked first', async () => {
    const { calls } = renderApp(
      '/training/news',
      cbUser(['certifier_staff'], {
        'GET /api/v1/news': page([]),
        'POST /api/v1/news': { status: 201, body: news({ id: 'n2', title: 'Jury avancé' }) },
      }),
    );
    const form = await screen.findByRole('form', { name: 'Publier une actualité' }, { timeout: 15_000 });
    await userEvent.click(within(form).getByRole('button', { name: 'Publier' }));
    expect(within(form).getByRole('textbox', { name: /Titre/ })).toHaveAccessibleDescription(/Au moins 3/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(within(form).getByRole('textbox', { name: /Titre/ }), 'Jury avancé');
    await userEvent.type(
      within(form).getByRole('textbox', { name: /Texte/ }),
      'Le jury de décembre est avancé.',
    );
    await userEvent.click(within(form).getByRole('combobox', { name: /Destinataires/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Établissements du certificateur' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Publier' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      title: 'Jury avancé',
      body: 'Le jury de décembre est avancé.',
      audience: 'certifier',
    });
    // Today, kept as pre-filled, is the server's to say (its day may not be the browser's yet).
    expect(calls.find((c) => c.method === 'POST')?.body).not.toHaveProperty('publishedOn');
    expect(await screen.findByText('Actualité publiée.')).toBeInTheDocument();
  }, 60_000);
});

describe('the certificate’s print allowance', () => {
  it('says the monthly allowance beside the download, and when it opens again once used up', async () => {
    renderApp(
      '/training/candidates/cand-1?tab=certification',
      candidateRoutes(candidate({ status: 'certified' }), {
        extra: {
          'GET /api/v1/candidates/cand-1/certification': certifiedCertification('CLEA-2026-000042'),
          'GET /api/v1/individual-certificates': page([
            { certificateId: 'ic-1', number: 'CLEA-2026-000042', status: 'valid', pdfAvailable: true },
          ]),
          'GET /api/v1/individual-certificates/ic-1/pdf': {
            status: 429,
            body: {
              type: 'about:blank',
              title: 'rate limited',
              status: 429,
              detail: 'already downloaded 3 times this month',
              errors: { limit: 3, period: '2026-03', nextPeriodOn: '2026-04-01' },
            },
          },
        },
      }),
    );
    expect(
      await screen.findByText(/télécharge le certificat 3 fois par mois au plus/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Certificat (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Téléchargé 3 fois ce mois-ci : à nouveau possible à partir du 1 avril 2026',
    );
  }, 60_000);
});
