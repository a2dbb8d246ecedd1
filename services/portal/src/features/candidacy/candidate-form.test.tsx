import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';
import { EMPTY_CANDIDATE, candidateRequest, shownFields } from './candidate-form';
import { establishment, networkMe, registeredElsewhere } from './records.fixtures';

const routes = (extra: Routes = {}): Routes => ({
  'GET /api/v1/me': networkMe(['establishment_admin']),
  'GET /api/v1/notifications/unread-count': { body: { unread: 0, byCategory: {} } },
  'GET /api/v1/establishments': { body: { items: [establishment], page: 1, pageSize: 100, total: 1 } },
  ...extra,
});

async function choose(label: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

/** Everything a valid registration needs, as a person fills it in. */
async function fillRequired() {
  await choose('Statut à l’inscription', 'Demandeur d’emploi');
  await choose('Niveau de formation', 'Niveau 3');
  await choose('Financeur principal', 'France Travail');
  await userEvent.click(screen.getByRole('radio', { name: 'Madame' }));
  await userEvent.type(screen.getByRole('textbox', { name: 'Nom de naissance' }), 'Martin');
  await userEvent.type(screen.getByRole('textbox', { name: 'Prénom' }), 'Élodie');
  fireEvent.change(screen.getByLabelText(/Date de naissance/), { target: { value: '1991-03-14' } });
  await userEvent.type(screen.getByRole('textbox', { name: 'Ville de naissance' }), 'Lyon');
  await userEvent.type(screen.getByRole('textbox', { name: 'Code postal de naissance' }), '69003');
}

describe('the candidate form’s rules', () => {
  it('asks an employee’s branch, then whether the base is contextualised, and nobody else', () => {
    expect(shownFields({ ...EMPTY_CANDIDATE, registrationStatus: 'job_seeker' })).toMatchObject({
      delegatedBranch: false,
      contextualisedBase: false,
    });
    expect(shownFields({ ...EMPTY_CANDIDATE, registrationStatus: 'employee' })).toMatchObject({
      delegatedBranch: true,
      contextualisedBase: false,
    });
    expect(
      shownFields({ ...EMPTY_CANDIDATE, registrationStatus: 'employee', delegatedBranch: 'Chaussures' }),
    ).toMatchObject({ delegatedBranch: true, contextualisedBase: true });
  });

  it('sends only the birth place of the kind chosen, never an answer left behind a hidden field', () => {
    const typed = {
      ...EMPTY_CANDIDATE,
      birthPostalCode: '69003',
      birthCountry: 'MA',
      birthCollectivity: 'NC',
      registrationStatus: 'job_seeker',
      delegatedBranch: 'Chaussures',
      contextualisedBase: 'yes' as const,
    };
    expect(candidateRequest({ ...typed, birthPlace: 'abroad' })).toMatchObject({
      bornAbroad: true,
      bornInOverseasCollectivity: false,
      birthCountry: 'MA',
    });
    const abroad = candidateRequest({ ...typed, birthPlace: 'abroad' });
    expect(abroad).not.toHaveProperty('birthPostalCode');
    expect(abroad).not.toHaveProperty('birthCollectivity');
    expect(abroad).not.toHaveProperty('delegatedBranch');
    expect(abroad).not.toHaveProperty('contextualisedBase');
    const overseas = candidateRequest({ ...typed, birthPlace: 'overseas' });
    expect(overseas).toMatchObject({ bornInOverseasCollectivity: true, birthCollectivity: 'NC' });
    expect(overseas).not.toHaveProperty('birthCountry');
    expect(candidateRequest({ ...typed, birthPlace: 'france' })).toMatchObject({ birthPostalCode: '69003' });
  });
});

// Whole forms typed key by key in jsdom on a shared machine: longer than the default.
const FORM_TIMEOUT = 60_000;

describe('creating a candidacy', () => {
  it(
    'shows the branch, then the contextualised base, for an employee, and hides them again',
    async () => {
      renderApp('/training/candidates/new', routes());
      await screen.findByRole('button', { name: 'Créer la candidature' });
      expect(screen.queryByRole('combobox', { name: 'Branche délégataire' })).toBeNull();
      await choose('Statut à l’inscription', 'Salarié');
      const branch = await screen.findByRole('combobox', { name: 'Branche délégataire' });
      expect(screen.queryByRole('radiogroup', { name: /Socle contextualisé/ })).toBeNull();
      await userEvent.type(branch, 'Chaussures');
      expect(await screen.findByRole('radiogroup', { name: /Socle contextualisé/ })).toBeInTheDocument();
      await choose('Statut à l’inscription', 'Demandeur d’emploi');
      await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Branche délégataire' })).toBeNull());
      expect(screen.queryByRole('radiogroup', { name: /Socle contextualisé/ })).toBeNull();
    },
    FORM_TIMEOUT,
  );

  it(
    'asks the country for a birth abroad and the collectivity for one overseas, instead of the postal code',
    async () => {
      renderApp('/training/candidates/new', routes());
      await screen.findByRole('button', { name: 'Créer la candidature' });
      expect(screen.getByRole('textbox', { name: 'Code postal de naissance' })).toBeInTheDocument();
      await userEvent.click(screen.getByRole('radio', { name: 'À l’étranger' }));
      expect(await screen.findByRole('combobox', { name: 'Pays de naissance' })).toBeInTheDocument();
      expect(screen.queryByRole('textbox', { name: 'Code postal de naissance' })).toBeNull();
      await userEvent.click(screen.getByRole('radio', { name: 'Dans une collectivité d’outre-mer' }));
      expect(await screen.findByRole('combobox', { name: 'Collectivité de naissance' })).toBeInTheDocument();
      expect(screen.queryByRole('combobox', { name: 'Pays de naissance' })).toBeNull();
    },
    FORM_TIMEOUT,
  );

  it(
    'says each missing field beside it and sends nothing; an employee’s branch is required',
    async () => {
      const app = renderApp('/training/candidates/new', routes());
      await screen.findByRole('button', { name: 'Créer la candidature' });
      await choose('Statut à l’inscription', 'Salarié');
      await userEvent.click(screen.getByRole('button', { name: 'Créer la candidature' }));
      expect((await screen.findAllByText('Ce champ est obligatoire')).length).toBeGreaterThanOrEqual(7);
      expect(screen.getByRole('combobox', { name: 'Branche délégataire' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      expect(app.calls.filter((c) => c.method === 'POST')).toEqual([]);
    },
    FORM_TIMEOUT,
  );

  it(
    'sends the form as the API types it, establishment from the user’s perimeter',
    async () => {
      const app = renderApp(
        '/training/candidates/new',
        routes({
          'POST /api/v1/candidates': { status: 201, body: { id: 'c-1' } },
          'GET /api/v1/candidates/c-1': {
            status: 404,
            body: { type: 'about:blank', title: 'Not Found', status: 404 },
          },
        }),
      );
      await screen.findByRole('button', { name: 'Créer la candidature' });
      await fillRequired();
      await userEvent.click(screen.getByRole('button', { name: 'Créer la candidature' }));
      await waitFor(() => expect(app.calls.some((c) => c.method === 'POST')).toBe(true));
      expect(app.calls.find((c) => c.method === 'POST')?.body).toEqual({
        establishmentId: 'est-demo-a',
        registrationStatus: 'job_seeker',
        trainingLevel: 3,
        mainFunder: 'france_travail',
        civility: 'mrs',
        birthName: 'Martin',
        firstName: 'Élodie',
        birthDate: '1991-03-14',
        bornAbroad: false,
        bornInOverseasCollectivity: false,
        birthCity: 'Lyon',
        birthPostalCode: '69003',
      });
    },
    FORM_TIMEOUT,
  );

  it(
    'warns that the person is already registered and asks for the transfer of that dossier',
    async () => {
      const app = renderApp(
        '/training/candidates/new',
        routes({
          'POST /api/v1/candidates': {
            status: 409,
            body: {
              type: 'https://certhub.dev/problems/conflict',
              title: 'Conflict',
              status: 409,
              detail: 'this person is already registered',
              errors: { hint: 'transfer_request', reference: 'CLEA-2026-000042' },
            },
          },
          'GET /api/v1/candidate-search': { body: { items: [registeredElsewhere] } },
          'POST /api/v1/candidates/c-42/transfer-requests': {
            status: 201,
            body: { id: 't-1', status: 'pending' },
          },
        }),
      );
      await screen.findByRole('button', { name: 'Créer la candidature' });
      await fillRequired();
      await userEvent.click(screen.getByRole('button', { name: 'Créer la candidature' }));
      const warning = await screen.findByRole('alert');
      expect(warning).toHaveTextContent('Ce candidat est déjà inscrit sur la plateforme');
      expect(warning).toHaveTextContent('CLEA-2026-000042');
      await userEvent.click(await within(warning).findByRole('button', { name: 'Demander le rattachement' }));
      const dialog = await screen.findByRole('dialog', { name: /CLEA-2026-000042/ });
      await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer la demande' }));
      expect(await within(dialog).findByText('Ce champ est obligatoire')).toBeInTheDocument();
      await userEvent.click(within(dialog).getByRole('combobox', { name: 'Motif de la demande' }));
      await userEvent.click(await screen.findByRole('option', { name: 'Autre' }));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer la demande' }));
      await waitFor(() =>
        expect(within(dialog).getByRole('textbox', { name: 'Précisez le motif' })).toHaveAttribute(
          'aria-invalid',
          'true',
        ),
      );
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Précisez le motif' }),
        'Le candidat a déménagé',
      );
      await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer la demande' }));
      expect(await screen.findByRole('status')).toHaveTextContent('Demande de rattachement envoyée');
      expect(app.calls.find((c) => c.path.endsWith('/transfer-requests'))?.body).toEqual({
        establishmentId: 'est-demo-a',
        reason: 'other',
        details: 'Le candidat a déménagé',
      });
    },
    FORM_TIMEOUT,
  );
});
