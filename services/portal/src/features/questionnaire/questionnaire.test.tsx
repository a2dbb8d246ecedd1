import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  demoRoutes,
  dossierFixture,
  renderApp,
  type Call,
  type Routes,
  unprocessable,
} from '../../test/render-app';
import { identificationQuestions } from './questionnaire.fixtures';

/** One question of every type; q2 is shown when q1 is "Oui". */
const questionnaire = {
  title: 'Dossier de recevabilité',
  sections: [
    {
      id: 's1',
      title: 'Identification',
      questions: [
        ...identificationQuestions,
        {
          id: 'q4',
          number: '4',
          type: 'multiple_choice',
          label: 'Catégories',
          required: false,
          options: [
            { value: 'formation', label: 'Formation' },
            { value: 'vae', label: 'VAE' },
          ],
        },
        { id: 'q5', number: '5', type: 'number', label: 'Effectif', required: false, integer: true },
        { id: 'q6', number: '6', type: 'date', label: 'Date de création', required: true },
        { id: 'q7', number: '7', type: 'siret', label: 'SIRET du siège', required: false },
      ],
    },
    {
      id: 's2',
      title: 'Pièces',
      questions: [
        {
          id: 'q8',
          number: '8',
          type: 'long_text',
          label: 'Informations',
          required: false,
          maxLength: 10000,
        },
        {
          id: 'q9',
          number: '9',
          type: 'sites_table',
          label: 'Sites',
          required: false,
          minRows: 0,
          maxRows: 50,
        },
        {
          id: 'q10',
          number: '10',
          type: 'file',
          label: 'Kbis',
          required: false,
          rules: { accept: ['.pdf'], maxBytes: 8 * 1024 * 1024, maxCount: 8 },
        },
        {
          id: 'q11',
          number: '11',
          type: 'file_from_template',
          label: 'Lettre d’engagement',
          required: false,
          templateDocumentId: 'tpl-1',
          templateFileName: 'lettre.docx',
          templateDescription: 'Modèle de lettre',
          rules: { accept: [], maxBytes: 8 * 1024 * 1024, maxCount: 1 },
        },
      ],
    },
  ],
};

const saved = (revision: number, answers: Record<string, unknown> = {}) => ({
  dossierId: 'd-1',
  reference: 'DEMO-2026-000001',
  organisationId: 'org-demo',
  schemeId: 'label-engagement',
  schemeVersion: '1',
  status: 'draft',
  revision,
  answers,
});

function routes(status = 'draft', extra: Routes = {}): Routes {
  return {
    ...demoRoutes,
    'GET /api/v1/dossiers/d-1': { body: dossierFixture({ status }) },
    'GET /api/v1/dossiers/d-1/questionnaire': { body: { ...saved(3), status } },
    'GET /api/v1/schemes/label-engagement': { body: { schemeId: 'label-engagement', questionnaire } },
    ...extra,
  };
}

/** A draft save answers the next revision, as the API does. */
const acceptSaves = (call: Call) => ({
  body: dossierFixture({ questionnaire: { revision: (call.body as { revision: number }).revision + 1 } }),
});

const puts = (calls: Call[]) => calls.filter((c) => c.method === 'PUT');

describe('the questionnaire renderer', () => {
  it('renders every question type from the scheme, with its number and label', async () => {
    renderApp('/dossiers/d-1/questionnaire', routes());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Questionnaire de recevabilité' }),
    ).toBeVisible();
    expect(screen.getByRole('radiogroup', { name: /1\. Êtes-vous certifié/ })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Mono-site' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'VAE' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: /5\. Effectif/ })).toBeVisible();
    expect(screen.getByLabelText(/6\. Date de création/, { selector: 'input' })).toHaveAttribute(
      'type',
      'date',
    );
    expect(screen.getByRole('textbox', { name: /7\. SIRET du siège/ })).toBeVisible();
    expect(screen.getByRole('textbox', { name: /8\. Informations/ })).toBeVisible();
    expect(screen.getByRole('group', { name: /9\. Sites/ })).toBeVisible();
    expect(screen.getAllByRole('button', { name: /^Choisir des fichiers : / })).toHaveLength(2);
    expect(screen.getByRole('group', { name: /10\. Kbis/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Télécharger le modèle (lettre.docx)' })).toBeVisible();
    expect(screen.getAllByRole('button', { name: /Ajouter un commentaire/ })).toHaveLength(10);
    // Hidden until q1 is "Oui".
    expect(screen.queryByRole('textbox', { name: /2\. Organisme actuel/ })).not.toBeInTheDocument();
  });

  it('shows and hides conditional questions with the shared visibility rule', async () => {
    renderApp(
      '/dossiers/d-1/questionnaire',
      routes('draft', { 'PUT /api/v1/dossiers/d-1/questionnaire': acceptSaves }),
    );
    await userEvent.click(await screen.findByRole('radio', { name: 'Oui' }));
    expect(await screen.findByRole('textbox', { name: /2\. Organisme actuel/ })).toBeVisible();
    await userEvent.click(screen.getByRole('radio', { name: 'Non' }));
    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: /2\. Organisme actuel/ })).not.toBeInTheDocument(),
    );
  });

  it('autosaves the changed answers only, naming the revision loaded, and says when it is saved', async () => {
    const app = renderApp(
      '/dossiers/d-1/questionnaire',
      routes('draft', { 'PUT /api/v1/dossiers/d-1/questionnaire': acceptSaves }),
    );
    expect(await screen.findByText('Brouillon à jour')).toBeVisible();
    await userEvent.type(screen.getByRole('textbox', { name: /7\. SIRET du siège/ }), '732829320');
    await userEvent.click(screen.getByRole('button', { name: /Ajouter un commentaire \(4\. Catégories\)/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Commentaire (question 4)' }), 'Aucune VAE');
    expect(await screen.findByText(/Brouillon enregistré/, {}, { timeout: 5_000 })).toBeVisible();
    const sent = puts(app.calls);
    // A pause in typing, one save (or two if the machine was slow between the two fields), never one per key.
    expect(sent.length).toBeLessThanOrEqual(2);
    expect(sent[0]?.body).toMatchObject({ revision: 3 });
    const all = Object.assign({}, ...sent.map((c) => (c.body as { answers: object }).answers));
    expect(all).toEqual({ q7: { value: '732829320' }, q4: { value: null, comment: 'Aucune VAE' } });
    // Typing a SIRET checks it as the API would.
    expect(screen.getByText('Ce SIRET n’est pas valide (14 chiffres, clé de contrôle).')).toBeVisible();
  });

  it('says when another save came first, overwrites nothing, and carries the changes onto the latest version', async () => {
    let stale = true;
    const app = renderApp(
      '/dossiers/d-1/questionnaire',
      routes('draft', {
        'PUT /api/v1/dossiers/d-1/questionnaire': (call) =>
          stale
            ? {
                status: 409,
                body: { type: 'about:blank', title: 'Conflict', status: 409, detail: 'saved meanwhile' },
              }
            : acceptSaves(call),
      }),
    );
    await userEvent.type(await screen.findByRole('textbox', { name: /5\. Effectif/ }), '12');
    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(alert).toHaveTextContent('Le questionnaire a été enregistré ailleurs entre-temps');
    stale = false;
    app.calls.length = 0;
    await userEvent.click(within(alert).getByRole('button', { name: 'Reprendre la dernière version' }));
    expect(await screen.findByText(/Brouillon enregistré/)).toBeVisible();
    expect(puts(app.calls)[0]?.body).toEqual({ revision: 3, answers: { q5: { value: 12 } } });
  });

  it('refuses to submit with each missing question listed as a link, marked, and nothing sent', async () => {
    const app = renderApp(
      '/dossiers/d-1/questionnaire',
      routes('draft', { 'PUT /api/v1/dossiers/d-1/questionnaire': acceptSaves }),
    );
    await userEvent.click(await screen.findByRole('radio', { name: 'Oui' }));
    await userEvent.click(screen.getByRole('button', { name: 'Soumettre le questionnaire' }));
    const list = (await screen.findByText('2 questions obligatoires sans réponse')).closest(
      '[role=alert]',
    ) as HTMLElement;
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['2. Organisme actuel', '6. Date de création']);
    expect(screen.getAllByText('Réponse obligatoire')).toHaveLength(2);
    expect(app.calls.filter((c) => c.path.endsWith('/submit'))).toEqual([]);
    await userEvent.click(links[1] as HTMLElement);
    expect(screen.getByLabelText(/6\. Date de création/, { selector: 'input' })).toHaveFocus();
  });

  it('shows the list the API sends back when it refuses the submit', async () => {
    renderApp(
      '/dossiers/d-1/questionnaire',
      routes('draft', {
        'GET /api/v1/dossiers/d-1/questionnaire': {
          body: saved(3, { q1: { value: false }, q6: { value: '2020-01-01' } }),
        },
        'POST /api/v1/dossiers/d-1/questionnaire/submit': unprocessable([
          {
            field: 'answers.q3',
            message: 'required',
            questionId: 'q3',
            number: '3',
            label: 'Organisation',
            section: 'Identification',
            sectionId: 's1',
          },
        ]),
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Soumettre le questionnaire' }));
    expect(await screen.findByText('1 question obligatoire sans réponse')).toBeVisible();
    expect(screen.getByRole('link', { name: '3. Organisation' })).toBeVisible();
  });

  it('is read-only once submitted, with its exports', async () => {
    renderApp(
      '/dossiers/d-1/questionnaire',
      routes('submitted', {
        'GET /api/v1/dossiers/d-1/questionnaire': {
          body: {
            ...saved(4, { q2: { value: 'AFNOR' }, q1: { value: true, comment: 'Depuis 2021' } }),
            status: 'submitted',
          },
        },
      }),
    );
    expect(await screen.findByText('Questionnaire transmis : il est en lecture seule.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: /2\. Organisme actuel/ })).toHaveAttribute('readonly');
    expect(screen.getByText('Commentaire : Depuis 2021')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Soumettre le questionnaire' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Choisir des fichiers/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exporter en PDF' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Exporter en Excel' })).toBeVisible();
  });

  it('after findings on the questionnaire: each finding answered with the corrected answer, then sent back', async () => {
    const app = renderApp(
      '/dossiers/d-1/questionnaire',
      routes('findings_on_questionnaire', {
        'GET /api/v1/dossiers/d-1/questionnaire': {
          body: {
            ...saved(5, { q1: { value: true }, q2: { value: 'Afnor' } }),
            status: 'findings_on_questionnaire',
          },
        },
        'PUT /api/v1/dossiers/d-1/questionnaire': acceptSaves,
        'GET /api/v1/dossiers/d-1/questionnaire/findings': {
          body: {
            items: [
              {
                id: 'f-1',
                number: 'NC0007',
                questionId: 'q2',
                description: 'Nom exact attendu',
                status: 'open',
                raisedAt: '2026-01-01T00:00:00Z',
                raisedBy: 'a',
              },
            ],
          },
        },
        'POST /api/v1/dossiers/d-1/questionnaire/findings/f-1/answer': {
          body: { id: 'f-1', status: 'answered' },
        },
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Écarts à corriger' })).toBeVisible();
    expect(await screen.findByText('Nom exact attendu')).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'Aller à la question 2. Organisme actuel' }));
    const answer = screen.getByRole('textbox', { name: /2\. Organisme actuel/ });
    expect(answer).toHaveFocus();
    await userEvent.clear(answer);
    await userEvent.type(answer, 'AFNOR Certification');
    await userEvent.type(screen.getByRole('textbox', { name: 'Action corrective (NC0007)' }), 'Nom complet');
    await userEvent.click(screen.getByRole('button', { name: 'Répondre à l’écart NC0007' }));
    await waitFor(() =>
      expect(app.calls.find((c) => c.path.endsWith('/f-1/answer'))?.body).toEqual({
        correctiveAction: 'Nom complet',
        correctedAnswer: { value: 'AFNOR Certification' },
      }),
    );
    expect(screen.getByRole('button', { name: 'Renvoyer le questionnaire corrigé' })).toBeVisible();
  });
});
