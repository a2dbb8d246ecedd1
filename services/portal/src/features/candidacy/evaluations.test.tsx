import { CLEA_FRAMEWORKS } from '@certhub/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { scoreList, tally } from './EvaluationGrid';
import { candidate, candidateRoutes, evaluation } from './records.fixtures';
import { trainedSinceLastEvaluation } from './records';

const framework = CLEA_FRAMEWORKS[0]!;
const allIds = framework.domains.flatMap((d) => d.subDomains.map((s) => s.id));
const tab = (name: string) => `/training/candidates/cand-1?tab=${name}`;

describe('the evaluation grid’s rules', () => {
  it('counts the 28 sub-domains, the acquired ones and those not scored yet', () => {
    const scores = { '1.1': { acquired: true }, '1.2': { acquired: false } };
    const count = tally(framework, scores);
    expect(count).toMatchObject({ total: 28, acquired: 1 });
    expect(count.unscored).toHaveLength(26);
  });

  it('sends the scored sub-domains only, comments trimmed and blank ones left out', () => {
    expect(
      scoreList({
        '1.1': { acquired: true, comment: '  ok ' },
        '1.2': { comment: 'x' },
        '1.3': { acquired: false, comment: ' ' },
      }),
    ).toEqual([
      { subDomainId: '1.1', acquired: true, comment: 'ok' },
      { subDomainId: '1.3', acquired: false },
    ]);
  });

  it('asks for a training with its certificate of attendance recorded after the last finalised evaluation', () => {
    const done = evaluation({ status: 'finalised', finalisedAt: '2026-02-01T10:00:00.000Z' });
    const training = (recordedAt: string, attendance = true) => ({
      id: 't',
      candidateId: 'cand-1',
      title: 'Remise à niveau',
      startsOn: '2026-02-02',
      endsOn: '2026-02-05',
      durationHours: 20,
      domainIds: ['1'],
      proofDocumentIds: [],
      recordedAt,
      recordedBy: 'u',
      candidateVersion: 3,
      ...(attendance ? { attendanceCertificateDocumentId: 'doc-att' } : {}),
    });
    expect(trainedSinceLastEvaluation([done], [])).toBe(false);
    expect(trainedSinceLastEvaluation([done], [training('2026-01-15T00:00:00.000Z')])).toBe(false);
    expect(trainedSinceLastEvaluation([done], [training('2026-02-06T00:00:00.000Z', false)])).toBe(false);
    expect(trainedSinceLastEvaluation([done], [training('2026-02-06T00:00:00.000Z')])).toBe(true);
  });
});

describe('the evaluations tab', () => {
  it('scores a draft with the keyboard and saves what the grid shows at the candidate’s version', async () => {
    const draft = evaluation();
    const { calls } = renderApp(
      tab('evaluations'),
      candidateRoutes(candidate(), {
        evaluations: [draft],
        extra: {
          'PUT /api/v1/candidates/cand-1/evaluations/eval-1': (call) => ({
            body: { ...draft, scores: (call.body as { scores: unknown[] }).scores, candidateVersion: 4 },
          }),
        },
      }),
    );
    const first = await screen.findByRole(
      'radiogroup',
      { name: /1\.1 Écouter et comprendre/ },
      { timeout: 15_000 },
    );
    expect(screen.getAllByRole('radiogroup', { name: /^\d\.\d / })).toHaveLength(28);
    // Tab reaches the pair, Space picks "Acquis", the arrow moves to "Non acquis".
    within(first).getByRole('radio', { name: 'Acquis' }).focus();
    await userEvent.keyboard(' ');
    expect(within(first).getByRole('radio', { name: 'Acquis' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Tout acquis : domaine 2' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Commentaire sur 1.1 Écouter et comprendre' }),
      'À l’aise',
    );
    expect(screen.getByText('6 sous-domaines acquis sur 28')).toBeInTheDocument();
    // Finalising waits for every sub-domain and the signed matrix, said before the API would refuse.
    expect(screen.getByRole('button', { name: 'Finaliser l’évaluation' })).toBeDisabled();
    expect(screen.getByText(/22 sous-domaines ne sont pas encore évalués/)).toBeInTheDocument();
    expect(screen.getByText('Déposez la matrice d’évaluation complétée et signée.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const sent = calls.find((c) => c.method === 'PUT')?.body as {
      scores: { subDomainId: string }[];
      version: number;
    };
    expect(sent.version).toBe(3);
    expect(sent.scores.map((s) => s.subDomainId)).toEqual(['1.1', '2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(sent.scores[0]).toEqual({ subDomainId: '1.1', acquired: true, comment: 'À l’aise' });
  }, 60_000);

  it('finalises a complete draft after saying it will not be validated, naming the saved version', async () => {
    const draft = evaluation({
      scores: allIds.map((id) => ({ subDomainId: id, acquired: id !== '3.4' })),
      matrixDocumentId: 'doc-matrix',
    });
    const { calls } = renderApp(
      tab('evaluations'),
      candidateRoutes(candidate(), {
        evaluations: [draft],
        extra: {
          'PUT /api/v1/candidates/cand-1/evaluations/eval-1': { body: { ...draft, candidateVersion: 4 } },
          'POST /api/v1/candidates/cand-1/evaluations/eval-1/finalisation': {
            body: { ...draft, status: 'finalised', validated: false },
          },
          'GET /api/v1/documents/doc-matrix': { body: { id: 'doc-matrix', filename: 'matrice.pdf' } },
        },
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Finaliser l’évaluation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Finaliser l’évaluation ?' });
    expect(within(dialog).getByText(/27 sous-domaines sur 28 sont acquis/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Finaliser' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/finalisation'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/finalisation'))?.body).toEqual({ version: 4 });
  });

  it('says a training comes first instead of offering the final evaluation', async () => {
    renderApp(
      tab('evaluations'),
      candidateRoutes(candidate({ status: 'awaiting_final_evaluation' }), {
        evaluations: [
          evaluation({
            status: 'finalised',
            validated: false,
            acquired: 20,
            finalisedAt: '2026-02-01T10:00:00.000Z',
          }),
        ],
      }),
    );
    expect(await screen.findByText('Une formation d’abord')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Créer l’évaluation' })).toBeNull();
  });

  it('opens the final evaluation once the training is attended, and refuses an incomplete form first', async () => {
    const { calls } = renderApp(
      tab('evaluations'),
      candidateRoutes(candidate({ status: 'awaiting_final_evaluation' }), {
        evaluations: [evaluation({ status: 'finalised', finalisedAt: '2026-02-01T10:00:00.000Z' })],
        trainings: [
          {
            id: 't',
            candidateId: 'cand-1',
            title: 'Numérique',
            startsOn: '2026-02-02',
            endsOn: '2026-02-05',
            durationHours: 20,
            domainIds: ['3'],
            attendanceCertificateDocumentId: 'doc-att',
            proofDocumentIds: [],
            recordedAt: '2026-02-06T09:00:00.000Z',
            recordedBy: 'u',
          },
        ],
        extra: {
          'POST /api/v1/candidates/cand-1/evaluations': { status: 201, body: evaluation({ kind: 'final' }) },
        },
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Créer l’évaluation finale' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Créer l’évaluation' }));
    expect(screen.getByRole('textbox', { name: /Nom de l’évaluateur/ })).toHaveAccessibleDescription(
      'Ce champ est obligatoire',
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(screen.getByRole('textbox', { name: /Nom de l’évaluateur/ }), 'Paul Durand');
    await userEvent.type(screen.getByRole('textbox', { name: /E-mail de l’évaluateur/ }), 'paul@example.org');
    fireEvent.change(screen.getByLabelText(/Date de l’évaluation/), { target: { value: '2026-02-10' } });
    await userEvent.click(screen.getByRole('button', { name: 'Créer l’évaluation' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      evaluatorName: 'Paul Durand',
      evaluatorEmail: 'paul@example.org',
      evaluatedOn: '2026-02-10',
    });
  });

  it('offers reopening the latest finalised evaluation to an organisation’s administrator only', async () => {
    const finalised = evaluation({
      status: 'finalised',
      validated: true,
      acquired: 28,
      finalisedAt: '2026-02-01T10:00:00.000Z',
    });
    const routes = (roles: string[]) =>
      candidateRoutes(candidate({ status: 'to_send' }), { roles, evaluations: [finalised] });
    const establishment = renderApp(tab('evaluations'), routes(['establishment_admin']));
    expect(await screen.findByText('Validée')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rouvrir' })).toBeNull();
    establishment.unmount();
    const { calls } = renderApp(tab('evaluations'), {
      ...routes(['training_org_admin']),
      'POST /api/v1/candidates/cand-1/evaluations/eval-1/reopening': {
        body: { ...finalised, status: 'draft' },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Rouvrir' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rouvrir l’évaluation' }));
    expect(within(dialog).getByText('Au moins 3 caractères.')).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Motif de la réouverture/ }),
      'Erreur de saisie',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rouvrir l’évaluation' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/reopening'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/reopening'))?.body).toEqual({ reason: 'Erreur de saisie' });
  });
});
