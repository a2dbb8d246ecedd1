import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { demoRoutes, renderApp, unprocessable } from '../../test/render-app';
import { cbRoutes } from '../cb/fixtures.test-data';
import { changeLanguage } from '../../i18n/i18n';
import { parseAppealSearch, parseComplaintSearch } from './search';

const GRANT = 'Y2ItZGVtby9jLTEvMTc3MjM2MDAwMDAwMA.signature-of-the-grant';
const FOLLOW = '/complaints/follow/abc.def-signature-0123456789';

/** The private follow link's answer: the case as its complainant reads it, `change` on top. */
const followed = (change: Record<string, unknown>) => ({
  [`GET /api/v1${FOLLOW}`]: {
    body: {
      reference: 'DEMO-R2026-00001',
      subject: 'Engagements non tenus',
      receivedAt: '2026-03-01T09:00:00Z',
      acknowledgeBy: '2026-03-11',
      answerBy: '2026-04-30',
      files: [{ name: 'courrier.pdf', size: 1200, uploadedAt: '2026-03-01T09:05:00Z' }],
      ...change,
    },
  },
});

/**
 * Uploads go through XMLHttpRequest (its progress events): a stand-in that answers `reply` and
 * records what was sent.
 */
function fakeUploads(reply: () => { status: number; body: unknown }) {
  const sent: { method: string; url: string; size: number }[] = [];
  class FakeRequest {
    status = 0;
    responseText = '';
    upload: { onprogress?: (event: { loaded: number }) => void } = {};
    onload?: () => void;
    private method = '';
    private url = '';
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader() {}
    abort() {}
    send(body: Blob) {
      sent.push({ method: this.method, url: this.url, size: body.size });
      const { status, body: answer } = reply();
      setTimeout(() => {
        this.upload.onprogress?.({ loaded: body.size });
        this.status = status;
        this.responseText = JSON.stringify(answer);
        this.onload?.();
      });
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeRequest);
  return sent;
}

/** The page's words in the language it shows now. */
const t = (key: string) => i18next.t(key);

const certificate = {
  number: 'DEMO-AMARC-0042',
  status: 'valid',
  holderName: 'Ateliers Démo',
  holderSiren: '901234567',
  schemeId: 'amarc',
  schemeTitle: 'AMARC',
  scope: ['Relation client'],
  sites: [],
  validFrom: '2026-01-01',
  validUntil: '2029-01-01',
  cbId: 'cb-demo',
  cbName: 'CertHub Démo Certification',
};

/** What the complainant types in the lodging form, and what the case then holds. */
const lodged = {
  cbId: 'cb-demo',
  about: 'certified_organisation',
  certificateNumber: 'DEMO-AMARC-0042',
  subject: 'Engagements non tenus',
  facts: 'Aucune réponse depuis mars.',
  complainant: { name: 'Marie Plaignante', email: 'marie@example.org' },
};

const complaint = (overrides: Record<string, unknown> = {}) => ({
  id: 'c-1',
  reference: 'DEMO-R2026-00001',
  ...lodged,
  status: 'received',
  version: 0,
  receivedAt: '2026-03-01T09:00:00Z',
  acknowledgeBy: '2026-03-11',
  answerBy: '2026-04-30',
  overdue: true,
  evidenceContextId: 'complaint:c-1:evidence',
  complainantFilesContextId: 'complaint:c-1:complainant',
  trail: [
    { at: '2026-03-01T09:00:00Z', by: 'public', action: 'lodge', to: 'received', what: 'complaint lodged' },
  ],
  ...overrides,
});

const appeal = (overrides: Record<string, unknown> = {}) => ({
  id: 'a-1',
  reference: 'DEMO-A2026-00001',
  cbId: 'cb-demo',
  organisationId: 'org-demo',
  dossierId: 'd-1',
  dossierReference: 'DEMO-2026-000001',
  schemeId: 'amarc',
  decision: 'suspension',
  contestedId: 'dec-1',
  contestedAt: '2026-03-01T09:00:00Z',
  grounds: 'Les engagements sont tenus depuis avril.',
  lodgedBy: 'u-org',
  status: 'lodged',
  version: 0,
  lodgedAt: '2026-03-05T09:00:00Z',
  answerBy: '2026-05-04',
  overdue: false,
  trail: [],
  ...overrides,
});

describe('complaint and appeal searches', () => {
  it('keep what they know and drop the rest', () => {
    expect(
      parseComplaintSearch({
        status: 'received',
        about: 'other',
        overdue: 'true',
        sort: 'answerBy',
        page: '2',
      }),
    ).toEqual({
      status: 'received',
      about: 'other',
      overdue: true,
      sort: 'answerBy',
      page: 2,
    });
    expect(parseComplaintSearch({ status: '{$ne:1}', sort: 'complainant.email' })).toEqual({});
    expect(parseAppealSearch({ decision: 'suspension', overdue: 'yes' })).toEqual({ decision: 'suspension' });
  });
});

/** A visitor's lodging from the certificate's page, answered with `reference` and an upload grant. */
const lodgingRoutes = (reference: string) => ({
  ...demoRoutes,
  'GET /api/v1/public/certificates/verify/DEMO-AMARC-0042': { body: certificate },
  'POST /api/v1/complaints': {
    status: 201,
    body: {
      reference,
      receivedAt: '2026-03-01T09:00:00Z',
      acknowledgeBy: '2026-03-11',
      upload: { authorisation: GRANT, expiresAt: '2026-03-01T11:00:00Z' },
    },
  },
});

/** A visitor's complaint, filled in field by field as he would (the certificate already named). */
async function fillComplaint(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  for (const [name, value] of [
    [/Sujet/, 'Engagements non tenus'],
    [/Les faits/, 'Aucune réponse depuis mars.'],
    [/Nom et prénom/, 'Marie Plaignante'],
    [/Adresse e-mail/, 'marie@example.org'],
  ] as const) {
    await user.click(screen.getByRole('textbox', { name }));
    await user.paste(value);
  }
}

describe('lodging a complaint', () => {
  it('takes a visitor’s complaint about a certificate’s holder, checked before it is sent', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp(
      '/complaints/new?certificate=DEMO-AMARC-0042',
      lodgingRoutes('DEMO-R2026-00007'),
      { signedIn: false },
    );
    expect(
      await screen.findByText(/À propos du certificat DEMO-AMARC-0042 de Ateliers Démo/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Envoyer la réclamation' }));
    expect(await screen.findAllByText('Ce champ est obligatoire.')).toHaveLength(4);
    expect(screen.getByRole('textbox', { name: /Sujet/ })).toHaveFocus();
    await user.click(screen.getByRole('textbox', { name: /Sujet/ }));
    await user.paste('Engagements non tenus');
    await user.click(screen.getByRole('textbox', { name: /Les faits/ }));
    await user.paste('Aucune réponse depuis mars.');
    await user.click(screen.getByRole('textbox', { name: /Nom et prénom/ }));
    await user.paste('Marie Plaignante');
    await user.click(screen.getByRole('textbox', { name: /Adresse e-mail/ }));
    await user.paste('marie@');
    await user.click(screen.getByRole('button', { name: 'Envoyer la réclamation' }));
    expect(await screen.findByText('Saisissez une adresse e-mail valide.')).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: /Adresse e-mail/ }));
    await user.paste('example.org');
    await user.click(screen.getByRole('button', { name: 'Envoyer la réclamation' }));
    expect(
      await screen.findByRole('heading', { name: 'Réclamation DEMO-R2026-00007 enregistrée' }),
    ).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ ...lodged, locale: 'fr' });
  }, 45_000);

  it('says why a lodging failed when the API refuses it for no field of the form', async () => {
    const user = userEvent.setup();
    renderApp(
      '/complaints/new?certificate=DEMO-AMARC-0042',
      {
        ...lodgingRoutes('unused'),
        'POST /api/v1/complaints': {
          status: 404,
          body: {
            type: 'https://certhub.dev/problems/not_found',
            title: 'not_found',
            status: 404,
            detail: 'version 2024-01 of scheme amarc was not found',
          },
        },
      },
      { signedIn: false },
    );
    await screen.findByText(/À propos du certificat DEMO-AMARC-0042 de Ateliers Démo/);
    await fillComplaint(user);
    await user.click(screen.getByRole('button', { name: 'Envoyer la réclamation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'version 2024-01 of scheme amarc was not found',
    );
  }, 45_000);

  it('shows the complainant their case through the private link', async () => {
    renderApp(
      FOLLOW,
      followed({
        status: 'closed',
        acknowledgedAt: '2026-03-02T09:00:00Z',
        outcome: 'upheld',
        answer: 'Un audit complémentaire a été programmé.',
        closedAt: '2026-04-01T09:00:00Z',
      }),
      { signedIn: false },
    );
    expect(
      await screen.findByRole('heading', { name: 'Suivi de la réclamation DEMO-R2026-00001' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Fondée')).toBeInTheDocument();
    expect(screen.getByText('Un audit complémentaire a été programmé.')).toBeInTheDocument();
  });

  it('sends the files chosen with the form once lodged, within the limits it shows', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const sent = fakeUploads(() => ({ status: 201, body: { documentId: 'd-1', name: 'preuve.pdf' } }));
    renderApp('/complaints/new?certificate=DEMO-AMARC-0042', lodgingRoutes('DEMO-R2026-00008'), {
      signedIn: false,
    });
    const choose = await screen.findByRole('button', { name: 'Joindre des fichiers' });
    // The limits are said before anything is chosen, and tied to the button.
    expect(choose).toHaveAccessibleDescription(/30 fichiers au plus, 10 Mo chacun au plus ; types : \.pdf/);
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(input, [
      new File(['%PDF-1.7'], 'preuve.pdf', { type: 'application/pdf' }),
      new File(['MZ'], 'outil.exe'),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('outil.exe : type refusé');
    expect(screen.getByText('preuve.pdf')).toBeInTheDocument();
    expect(sent).toEqual([]);
    await fillComplaint(user);
    await user.click(screen.getByRole('button', { name: 'Envoyer la réclamation' }));
    expect(await screen.findByText('preuve.pdf : envoyé')).toBeInTheDocument();
    expect(sent).toEqual([
      { method: 'POST', url: `/api/v1/complaint-uploads/${GRANT}?filename=preuve.pdf`, size: 8 },
    ]);
  }, 45_000);

  it('lists the complainant’s files on the follow page and takes more while it is open', async () => {
    const user = userEvent.setup();
    const sent = fakeUploads(() => ({
      status: 404,
      body: { type: 'about:blank', title: 'Not Found', status: 404 },
    }));
    renderApp(
      FOLLOW,
      followed({
        status: 'investigating',
        upload: { authorisation: GRANT, expiresAt: '2026-03-01T11:00:00Z' },
      }),
      { signedIn: false },
    );
    const files = await screen.findByRole('region', { name: 'Vos pièces jointes' });
    expect(within(files).getByText('courrier.pdf')).toBeInTheDocument();
    await user.upload(
      document.querySelector<HTMLInputElement>('input[type=file]')!,
      new File(['%PDF-1.7 relance'], 'relance.pdf', { type: 'application/pdf' }),
    );
    expect(await within(files).findByRole('alert')).toHaveTextContent(
      'relance.pdf n’a pas pu être envoyé : l’autorisation d’envoi a expiré ou n’est pas valide ; rechargez la page de suivi',
    );
    expect(sent.map((x) => x.url)).toEqual([`/api/v1/complaint-uploads/${GRANT}?filename=relance.pdf`]);
  });

  it('says a forged follow link is not valid', async () => {
    renderApp('/complaints/follow/forged.link-0123456789abcdef', {}, { signedIn: false });
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien de suivi n’est pas valide.');
  });
});

describe('the complaints register', () => {
  it('asks the API with the URL’s filters and flags what is late', async () => {
    const { calls } = renderApp('/complaints?status=received&overdue=true&sort=acknowledgeBy', {
      ...cbRoutes(['cb_admin']),
      'GET /api/v1/complaints': { body: { items: [complaint()], page: 1, pageSize: 25, total: 1 } },
    });
    const row = await screen.findByRole('row', { name: /DEMO-R2026-00001/ });
    expect(within(row).getByText('Reçue')).toBeInTheDocument();
    expect(within(row).getByText('en retard')).toBeInTheDocument();
    const query = new URLSearchParams(calls.find((c) => c.path === '/api/v1/complaints')?.query);
    expect(Object.fromEntries(query)).toMatchObject({
      status: 'received',
      overdue: 'true',
      sort: 'acknowledgeBy',
    });
    expect(screen.getByRole('link', { name: 'DEMO-R2026-00001' })).toHaveAttribute('href', '/complaints/c-1');
  });

  it('takes a complaint in charge with a handler, at the version read', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp('/complaints/c-1', {
      ...cbRoutes(['cb_admin']),
      'GET /api/v1/complaints/c-1': { body: complaint() },
      'GET /api/v1/documents': { body: { items: [], page: 1, pageSize: 100, total: 0 } },
      'POST /api/v1/complaints/c-1/acknowledgement': {
        body: complaint({ status: 'investigating', version: 1 }),
      },
    });
    expect(await screen.findByText('Marie Plaignante')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Classer' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Prendre en charge' }));
    await user.click(await screen.findByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: /Personne chargée/ }));
    await user.click(await screen.findByRole('option', { name: 'Anne Lyse' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 0, handlerId: 'u-ana' }),
    );
  });
});

describe('appeals', () => {
  it('places the impartiality refusal beside the handler chosen', async () => {
    const user = userEvent.setup();
    renderApp('/appeals/a-1', {
      ...cbRoutes(['cb_admin']),
      'GET /api/v1/appeals/a-1': { body: appeal() },
      'POST /api/v1/appeals/a-1/assignment': unprocessable(
        [
          {
            field: 'handlerId',
            message: 'took part in the dossier (analyst, auditor or decider): not impartial',
            code: 'handler_not_impartial',
          },
        ],
        'Anne Lyse took part in dossier DEMO-2026-000001',
      ),
    });
    expect(await screen.findByText('Les engagements sont tenus depuis avril.')).toBeInTheDocument();
    expect(screen.getByText('La décision reste en vigueur pendant l’examen du recours.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Désigner la personne chargée' }));
    await user.click(await screen.findByRole('combobox', { name: /Personne chargée/ }));
    await user.click(await screen.findByRole('option', { name: 'Anne Lyse' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText(
        'Cette personne a pris part au dossier (analyse, audit ou décision) : elle ne peut pas traiter le recours en toute impartialité.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/not impartial/)).not.toBeInTheDocument();
  });

  it('says the reviewer’s impartiality refusal in the reader’s language, not the API’s English', async () => {
    const user = userEvent.setup();
    const message = 'you took part in this dossier: another decision maker reviews the decision';
    renderApp('/appeals/a-1', {
      ...cbRoutes(['decision_maker']),
      'GET /api/v1/appeals/a-1': { body: appeal({ status: 'upheld', answer: 'Fondé.' }) },
      'POST /api/v1/appeals/a-1/review': {
        status: 403,
        body: {
          type: 'about:blank',
          title: 'forbidden',
          status: 403,
          detail: message,
          errors: [{ field: '(request)', message, code: 'reviewer_not_impartial' }],
        },
      },
    });
    const review = async () => {
      await user.click(await screen.findByRole('button', { name: t('complaints.appeal.review') }));
      await user.click(await screen.findByRole('textbox', { name: /.+/ }));
      await user.paste('Réexamen.');
      await user.click(screen.getByRole('button', { name: t('cb.instruct.confirm') }));
      return screen.findByRole('alert');
    };
    expect(await review()).toHaveTextContent(
      'Vous avez pris part à ce dossier : un autre décideur doit réexaminer la décision.',
    );
    await user.click(screen.getByRole('button', { name: t('cb.instruct.cancel') }));
    await act(() => changeLanguage('en'));
    expect(await review()).toHaveTextContent(
      'You took part in this dossier: another decision maker must review the decision.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent(message);
  });

  it('has the handler choose the finding’s classification when upholding an appeal on it', async () => {
    const user = userEvent.setup();
    const onFinding = appeal({
      decision: 'finding_classification',
      contestedId: 'f-1',
      status: 'investigating',
      version: 1,
      handlerId: 'u-cb',
    });
    const { calls } = renderApp('/appeals/a-1', {
      ...cbRoutes(['decision_maker']),
      'GET /api/v1/appeals/a-1': { body: onFinding },
      'POST /api/v1/appeals/a-1/upholding': {
        body: { ...onFinding, status: 'upheld', version: 2, severity: 'minor' },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Admettre le recours' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    await user.click(within(dialog).getByRole('radio', { name: 'Mineur' }));
    await user.click(within(dialog).getByRole('textbox', { name: /Réponse motivée/ }));
    await user.paste('L’écart est mineur.');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        version: 1,
        answer: 'L’écart est mineur.',
        severity: 'minor',
      }),
    );
  });

  it('lets the organisation appeal a finding’s classification, naming the finding', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp('/appeals/new?dossier=d-1', {
      ...demoRoutes,
      'GET /api/v1/dossiers': {
        body: { items: [{ id: 'd-1', reference: 'DEMO-2026-000001' }], page: 1, pageSize: 100, total: 1 },
      },
      'GET /api/v1/findings': {
        body: {
          items: [{ id: 'f-1', number: 'NC0003', requirementId: '2.1', severity: 'major' }],
          page: 1,
          pageSize: 100,
          total: 1,
        },
      },
      'POST /api/v1/appeals': { status: 201, body: appeal({ decision: 'finding_classification' }) },
      'GET /api/v1/appeals/a-1': { body: appeal({ decision: 'finding_classification' }) },
    });
    await user.click(await screen.findByRole('combobox', { name: /Décision contestée/ }));
    await user.click(await screen.findByRole('option', { name: 'Classement d’un écart' }));
    await user.click(await screen.findByRole('combobox', { name: /Écart contesté/ }));
    await user.click(await screen.findByRole('option', { name: /NC0003/ }));
    await user.type(screen.getByRole('textbox', { name: /Motifs/ }), 'Écart mineur, pas majeur.');
    await user.click(screen.getByRole('button', { name: 'Déposer le recours' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        dossierId: 'd-1',
        decision: 'finding_classification',
        grounds: 'Écart mineur, pas majeur.',
        findingId: 'f-1',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Recours DEMO-A2026-00001' })).toBeInTheDocument();
  });
});
