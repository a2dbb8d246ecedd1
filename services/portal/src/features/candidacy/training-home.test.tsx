import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, type Call, type Routes } from '../../test/render-app';
import {
  candidate,
  candidateRoutes,
  establishment,
  evaluation,
  registeredElsewhere,
} from './records.fixtures';

const page = <T,>(items: T[], total = items.length) => ({
  body: { items, page: 1, pageSize: 20, total },
});

const habilitation = (change: Record<string, unknown> = {}) => ({
  id: 'h-1',
  establishmentId: 'est-demo-a',
  trainingOrganisationId: 'of-demo',
  networkId: 'net-demo',
  certifierId: 'cb-demo',
  status: 'validated',
  valid: true,
  expired: false,
  requestedAt: '2026-01-02T09:00:00.000Z',
  requestedBy: 'u-net',
  startsOn: '2026-01-03',
  endsOn: '2029-01-03',
  version: 1,
  ...change,
});

/** Three per status for the counters; the latest and the certified lists by what the query asks. */
function candidates(call: Call) {
  const query = new URLSearchParams(call.query);
  if (query.get('pageSize') === '1') {
    const totals: Record<string, number> = {
      awaiting_preliminary_evaluation: 4,
      awaiting_final_evaluation: 2,
      awaiting_certification: 1,
    };
    return page([], totals[query.get('status') ?? ''] ?? 0);
  }
  return query.get('status') === 'certified'
    ? page([candidate({ id: 'c-9', reference: 'CLEA-2026-000009', birthName: 'Petit', status: 'certified' })])
    : page([
        candidate({ id: 'c-1', birthName: 'Martin', status: 'awaiting_final_evaluation' }),
        candidate({ id: 'c-2', reference: 'CLEA-2026-000043', birthName: 'Bernard' }),
      ]);
}

/** An establishment user's home, his establishment (and its organisation) in the state a test names. */
const home = (active: boolean, habilitations: unknown[], organisationActive = true): Routes => ({
  ...candidateRoutes(candidate()),
  'GET /api/v1/candidates': candidates,
  'GET /api/v1/establishments/est-demo-a': { body: { ...establishment, active, organisationActive } },
  'GET /api/v1/habilitations': page(habilitations),
  'GET /api/v1/news': page([]),
  'GET /api/v1/notifications': page([]),
});

describe('the individuals’ line home', () => {
  it('counts the candidacies per step, lists the latest changes and certified, and proposes a candidacy', async () => {
    renderApp('/', home(true, [habilitation()]));
    const counters = await screen.findByRole('region', { name: 'Candidatures' }, { timeout: 15_000 });
    for (const [label, count] of [
      ['En attente d’évaluation préalable', '4'],
      ['En attente d’évaluation finale', '2'],
      ['En attente d’affectation à un jury', '1'],
    ] as const) {
      const link = within(counters).getByRole('link', { name: label });
      await waitFor(() => expect(link.parentElement).toHaveTextContent(`${count}${label}`));
    }
    expect(within(counters).getByRole('link', { name: 'Proposer une candidature' })).toHaveAttribute(
      'href',
      '/training/candidates/new',
    );
    const latest = screen.getByRole('region', { name: 'Dernières modifications' });
    expect(await within(latest).findByRole('link', { name: 'MARTIN Élodie' })).toHaveAttribute(
      'href',
      '/training/candidates/c-1',
    );
    expect(within(latest).getByRole('link', { name: 'BERNARD Élodie' })).toBeInTheDocument();
    const certified = screen.getByRole('region', { name: 'Dernières candidatures certifiées' });
    expect(await within(certified).findByRole('link', { name: 'PETIT Élodie' })).toBeInTheDocument();
    expect(
      within(certified).getByRole('link', { name: 'Toutes les candidatures certifiées' }),
    ).toHaveAttribute('href', '/training/candidates?status=certified');
    expect(await screen.findByRole('region', { name: 'Évaluations et formations' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Actualités' })).toBeInTheDocument();
  }, 60_000);

  it('leaves out evaluations and trainings without a habilitation in force, and says where to ask for one', async () => {
    renderApp('/', home(true, [habilitation({ status: 'rejected', valid: false, rejectionReason: 'x' })]));
    const notice = await screen.findByText(/n’a pas d’habilitation valide/, {}, { timeout: 15_000 });
    expect(within(notice.closest('[role="status"]') as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/training/establishments/est-demo-a?tab=habilitations',
    );
    expect(screen.queryByRole('region', { name: 'Évaluations et formations' })).toBeNull();
    // Registering still is: the habilitation is needed from the first evaluation on.
    expect(screen.getByRole('link', { name: 'Proposer une candidature' })).toBeInTheDocument();
  }, 60_000);

  it('makes an inactive establishment’s home read-only: no new candidacy, no evaluation nor training', async () => {
    renderApp('/', home(false, [habilitation()]));
    expect(await screen.findByText(/Votre établissement est inactif/, {}, { timeout: 15_000 })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Dernières modifications' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Proposer une candidature' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Évaluations et formations' })).toBeNull();
  }, 60_000);

  it('makes the home read-only as well when the establishment’s training organisation is deactivated', async () => {
    renderApp('/', home(true, [habilitation()], false));
    expect(
      await screen.findByText(/Votre organisme de formation est inactif/, {}, { timeout: 15_000 }),
    ).toBeVisible();
    expect(screen.queryByText(/Votre établissement est inactif/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Proposer une candidature' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Évaluations et formations' })).toBeNull();
  }, 60_000);

  it('lets the certifier deactivate an establishment’s training organisation, once confirmed', async () => {
    const { calls } = renderApp('/training/establishments/est-demo-a', {
      ...candidateRoutes(candidate(), { roles: ['certifier_staff'] }),
      'GET /api/v1/establishments/est-demo-a': { body: establishment },
      'PUT /api/v1/training-organisations/of-demo/active': {
        body: {
          id: 'of-demo',
          networkId: 'net-demo',
          name: 'FORMATION DÉMO',
          siren: '812345676',
          active: false,
        },
      },
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Désactiver l’organisme' }, { timeout: 15_000 }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Désactiver l’organisme de formation ?' });
    expect(within(dialog).getByText(/Aucun de ses établissements/)).toBeVisible();
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'PUT')).toEqual([
        expect.objectContaining({
          path: '/api/v1/training-organisations/of-demo/active',
          body: { active: false },
        }),
      ]),
    );
  }, 60_000);

  it('gives the certifier what waits for its decision', async () => {
    renderApp('/', {
      ...candidateRoutes(candidate(), { roles: ['certifier_staff'] }),
      'GET /api/v1/habilitations': page([], 3),
      'GET /api/v1/transfer-requests': page([], 2),
      'GET /api/v1/candidates': page([], 5),
      'GET /api/v1/news': page([]),
      'GET /api/v1/notifications': page([]),
    });
    const line = await screen.findByRole('region', { name: 'Ligne des individus' }, { timeout: 15_000 });
    for (const [label, count] of [
      ['Demandes d’habilitation en attente', '3'],
      ['Demandes de rattachement en attente', '2'],
      ['Dossiers en attente d’une session de jury', '5'],
    ] as const)
      await waitFor(() =>
        expect(within(line).getByRole('link', { name: label }).closest('li')).toHaveTextContent(
          `${label}${count}`,
        ),
      );
  }, 60_000);
});

describe('a candidate of an establishment that may not record', () => {
  const routes = (active: boolean, valid: boolean) =>
    candidateRoutes(candidate({ status: 'awaiting_final_evaluation' }), {
      extra: {
        'GET /api/v1/establishments/est-demo-a': { body: { ...establishment, active } },
        'GET /api/v1/habilitations': page([habilitation({ valid, status: valid ? 'validated' : 'pending' })]),
      },
    });

  it('offers no evaluation while the habilitation is not in force, and says why', async () => {
    renderApp('/training/candidates/cand-1?tab=evaluations', routes(true, false));
    expect(
      await screen.findByText(
        /n’a pas d’habilitation valide auprès de son certificateur/,
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    expect(screen.queryByRole('form', { name: /Ouvrir l’évaluation/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Créer l’évaluation' })).toBeNull();
    // The sheet itself stays the establishment's to keep up to date.
    expect(screen.getByRole('button', { name: 'Modifier la fiche' })).toBeInTheDocument();
  }, 60_000);

  it('is read-only once the establishment is inactive: no edit, no abandon, no training', async () => {
    renderApp('/training/candidates/cand-1?tab=trainings', routes(false, true));
    expect(
      await screen.findByText(/L’établissement de ce dossier est inactif/, {}, { timeout: 15_000 }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Modifier la fiche' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Abandonner' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Enregistrer une formation' })).toBeNull();
  }, 60_000);
});

describe('habilitation requests on the establishment’s page', () => {
  it('shows each state with the rejection’s reason, and offers the renewal of the one ending soon', async () => {
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const { calls } = renderApp('/training/establishments/est-demo-a?tab=habilitations', {
      ...candidateRoutes(candidate(), { roles: ['network_admin'] }),
      'GET /api/v1/establishments/est-demo-a': { body: establishment },
      'GET /api/v1/habilitations': page([
        habilitation({ id: 'h-3', status: 'rejected', valid: false, rejectionReason: 'Dossier incomplet' }),
        habilitation({ id: 'h-2', endsOn: soon }),
      ]),
      'POST /api/v1/establishments/est-demo-a/habilitations': {
        status: 201,
        body: { items: [habilitation({ id: 'h-4', status: 'pending', valid: false, renews: 'h-2' })] },
      },
    });
    const table = await screen.findByRole('table', {}, { timeout: 15_000 });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Rejetée');
    expect(rows[1]).toHaveTextContent('Motif du rejet : Dossier incomplet');
    expect(rows[2]).toHaveTextContent('Validée');
    await userEvent.click(
      within(rows[2] as HTMLElement).getByRole('button', { name: 'Demander le renouvellement' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer la demande' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')).toMatchObject({
        path: '/api/v1/establishments/est-demo-a/habilitations',
        body: { certifierIds: ['cb-demo'] },
      }),
    );
  }, 60_000);
});

describe('the abandoned candidacies', () => {
  it('lists each with its reason and downloads the last 30 days as a workbook', async () => {
    Object.assign(URL, { createObjectURL: () => 'blob:abandons', revokeObjectURL: () => undefined });
    const download = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { calls } = renderApp('/training/candidates/abandoned', {
      ...candidateRoutes(candidate()),
      'GET /api/v1/candidates': page([
        candidate({ status: 'abandoned', abandonReason: 'Évaluation préalable de plus de 5 ans' }),
      ]),
      'GET /api/v1/candidacy-stats/abandoned/export': { body: {} },
    });
    const row = await screen.findByRole('row', { name: /CLEA-2026-000042/ }, { timeout: 15_000 });
    expect(row).toHaveTextContent('Évaluation préalable de plus de 5 ans');
    expect(calls.find((c) => c.path === '/api/v1/candidates')?.query).toContain('status=abandoned');
    await userEvent.click(screen.getByRole('button', { name: /30 derniers jours/ }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    expect(calls.find((c) => c.path.endsWith('/abandoned/export'))?.query).toBe('?days=30');
  }, 60_000);
});

describe('the next juries of a network user', () => {
  it('shows, per certifier of its establishments, by name, the last jury and the next ones', async () => {
    const session = (id: string, sittingOn: string) => ({
      id,
      certifierId: 'cb-demo',
      region: 'ARA',
      sittingOn,
      sendMode: 'paper',
      createdAt: '2026-01-01T00:00:00.000Z',
      version: 0,
    });
    renderApp('/training/juries', {
      ...candidateRoutes(candidate()),
      'GET /api/v1/establishments': page([establishment]),
      'GET /api/v1/certification-bodies': page([
        { id: 'cb-demo', code: 'demo', name: 'Transitions Pro ARA' },
      ]),
      'GET /api/v1/jury-sessions': (call) =>
        call.query.includes('sort=-sittingOn')
          ? page([session('js-0', '2026-01-12')])
          : page([session('js-1', '2099-04-14'), session('js-2', '2099-05-19')]),
    });
    const next = await screen.findByRole(
      'region',
      { name: 'Dates des prochains jurys par certificateur' },
      { timeout: 15_000 },
    );
    const row = await within(next).findByRole('row', { name: /Transitions Pro ARA/ });
    await waitFor(() => expect(row).toHaveTextContent('12 janvier 2026'));
    expect(row).toHaveTextContent('Papier');
    expect(
      within(row)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['14 avril 2099 · ARA', '19 mai 2099 · ARA']);
  }, 60_000);
});

describe('registering an establishment', () => {
  it('fills the name and address from the company registry once the SIRET is valid, keeping what was typed', async () => {
    const { calls } = renderApp('/training/establishments/new?organisation=of-demo', {
      ...candidateRoutes(candidate(), { roles: ['network_admin'] }),
      'GET /api/v1/networks/net-demo/organisations': page([
        { id: 'of-demo', networkId: 'net-demo', name: 'FORMATION DÉMO', siren: '812345676', active: true },
      ]),
      'GET /api/v1/companies/81234567600017': {
        body: {
          siren: '812345676',
          siret: '81234567600017',
          name: 'FORMATION DEMO',
          address: { line1: '1 place Bellecour', postalCode: '69002', city: 'LYON', country: 'FR' },
          headquarters: true,
        },
      },
    });
    const siret = await screen.findByRole(
      'textbox',
      { name: /SIRET de l’établissement/ },
      { timeout: 15_000 },
    );
    await userEvent.type(siret, '81234567600017');
    expect(
      await screen.findByText('Pré-rempli depuis le répertoire des entreprises : FORMATION DEMO'),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: /Nom de l’établissement/ })).toHaveValue(
      'FORMATION DEMO LYON',
    );
    const address = screen.getByRole('region', { name: 'Adresse' });
    expect(within(address).getByRole('textbox', { name: /Adresse/ })).toHaveValue('1 place Bellecour');
    expect(within(address).getByRole('textbox', { name: /Code postal/ })).toHaveValue('69002');
    // An invalid SIRET never reaches the registry.
    expect(calls.filter((c) => c.path.startsWith('/api/v1/companies/'))).toHaveLength(1);
  }, 60_000);
});

describe('the network’s users', () => {
  it('lets an organisation’s admin grant his role or a lower one only, within his organisation', async () => {
    const { calls } = renderApp('/training/users?role=establishment_user', {
      ...candidateRoutes(candidate()),
      'GET /api/v1/me': {
        body: {
          userId: 'u-of',
          tenantType: 'network',
          tenantId: 'net-demo',
          roles: ['training_org_admin'],
          perimeter: { trainingOrganisationId: 'of-demo' },
        },
      },
      'GET /api/v1/establishments': page([
        establishment,
        { ...establishment, id: 'est-other', trainingOrganisationId: 'of-2', name: 'AUTRE' },
      ]),
      'GET /api/v1/networks/net-demo/organisations': page([
        { id: 'of-demo', networkId: 'net-demo', name: 'FORMATION DÉMO', siren: '812345676', active: true },
      ]),
      'GET /api/v1/users': page([
        {
          id: 'u-2',
          role: 'establishment_user',
          firstName: 'Léa',
          lastName: 'Durand',
          email: 'lea@example.org',
          enabled: true,
          emailVerified: true,
        },
      ]),
      'POST /api/v1/users': { status: 201, body: { id: 'u-3', email: 'paul@example.org' } },
    });
    expect(await screen.findByRole('row', { name: /DURAND Léa/ }, { timeout: 15_000 })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/v1/users')?.query).toContain('role=establishment_user');
    await userEvent.click(screen.getByRole('button', { name: 'Créer un utilisateur' }));
    const dialog = await screen.findByRole('dialog', { name: 'Créer un utilisateur' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Rôle/ }));
    const roles = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(roles).toEqual([
      'Administrateur organisme',
      'Utilisateur organisme',
      'Administrateur établissement',
      'Utilisateur établissement',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'Utilisateur établissement' }));
    expect(within(dialog).getByRole('combobox', { name: /Organisme/ })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Établissement/ }));
    // His organisation's establishments only.
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['FORMATION DÉMO Lyon']);
    await userEvent.click(screen.getByRole('option', { name: 'FORMATION DÉMO Lyon' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Nom/ }), 'Petit');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Prénom/ }), 'Paul');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /E-mail/ }), 'paul@example.org');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Enregistrer et envoyer l’invitation' }),
    );
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      role: 'establishment_user',
      firstName: 'Paul',
      lastName: 'Petit',
      email: 'paul@example.org',
      locale: 'fr',
      trainingOrganisationId: 'of-demo',
      establishmentId: 'est-demo-a',
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Invitation envoyée à paul@example.org');
  }, 60_000);
});

describe('the candidate’s page', () => {
  it('has the guide’s tabs, downloads the sheet and abandons the candidacy only with a reason', async () => {
    Object.assign(URL, { createObjectURL: () => 'blob:sheet', revokeObjectURL: () => undefined });
    const download = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { calls } = renderApp('/training/candidates/cand-1', {
      ...candidateRoutes(candidate()),
      'GET /api/v1/candidates/cand-1/sheet.pdf': { body: {} },
      'POST /api/v1/candidates/cand-1/abandonment': { body: candidate({ status: 'abandoned' }) },
    });
    const tabs = await screen.findByRole('tablist', {}, { timeout: 15_000 });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual([
      'Fiche individu',
      'Parcours',
      'Documents',
      'Évaluations',
      'Formations',
      'Échanges',
      'Certification et jury',
      'Historique des envois',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Fiche candidat (PDF)' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    expect(calls.some((c) => c.path === '/api/v1/candidates/cand-1/sheet.pdf')).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Abandonner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Abandon de la candidature CLEA-2026-000042' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer l’abandon' }));
    expect(within(dialog).getByRole('textbox', { name: /Motif/ })).toHaveAttribute('aria-invalid', 'true');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Motif/ }),
      'Le candidat a trouvé un emploi',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer l’abandon' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')).toMatchObject({
        path: '/api/v1/candidates/cand-1/abandonment',
        body: { reason: 'Le candidat a trouvé un emploi' },
      }),
    );
  }, 60_000);

  it('reinstates an abandoned candidacy, its reason said', async () => {
    const { calls } = renderApp('/training/candidates/cand-1', {
      ...candidateRoutes(candidate({ status: 'abandoned', abandonReason: 'Déménagement' })),
      'POST /api/v1/candidates/cand-1/reinstatement': { body: candidate() },
    });
    expect(
      await screen.findByText('Candidature abandonnée : Déménagement', {}, { timeout: 15_000 }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Abandonner' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Réintégrer' }));
    expect(await screen.findByText('Candidature réintégrée.')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.path).toBe('/api/v1/candidates/cand-1/reinstatement');
  }, 60_000);
});

describe('a draft evaluation’s files', () => {
  it('says the 4 MB rule before any file is chosen and downloads the matrix to sign', async () => {
    Object.assign(URL, { createObjectURL: () => 'blob:matrix', revokeObjectURL: () => undefined });
    const download = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { calls } = renderApp(
      '/training/candidates/cand-1?tab=evaluations',
      candidateRoutes(candidate(), {
        evaluations: [evaluation()],
        extra: { 'GET /api/v1/candidates/cand-1/evaluations/eval-1/matrix.xlsx': { body: {} } },
      }),
    );
    const matrix = await screen.findByRole(
      'group',
      { name: 'Matrice d’évaluation complétée, datée et signée' },
      { timeout: 15_000 },
    );
    expect(within(matrix).getByText(/1 fichier au plus, 4 Mo au plus ; types : \.pdf, \.xlsx/)).toBeVisible();
    const proofs = screen.getByRole('group', { name: 'Preuves de l’évaluation' });
    expect(within(proofs).getByText(/20 fichiers au plus, 4 Mo chacun au plus/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger la matrice à signer (Excel)' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    expect(calls.some((c) => c.path.endsWith('/evaluations/eval-1/matrix.xlsx'))).toBe(true);
  }, 60_000);
});

describe('the candidate search', () => {
  it('asks for more than a name before searching, then offers the transfer of a dossier kept elsewhere', async () => {
    const { calls } = renderApp('/training/search?name=Martin', {
      ...candidateRoutes(candidate()),
      'GET /api/v1/candidate-search': page([registeredElsewhere]),
    });
    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(
      'La recherche n’est pas assez précise',
    );
    expect(calls.some((c) => c.path === '/api/v1/candidate-search')).toBe(false);
    fireEvent.change(screen.getByLabelText('Date de naissance'), { target: { value: '1991-03-14' } });
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    const row = await screen.findByRole('row', { name: /CLEA-2026-000042/ });
    expect(row).toHaveTextContent('FORMATION DÉMO Dijon');
    // Not in the caller's perimeter: no link into it, the transfer request instead.
    expect(within(row).queryByRole('link')).toBeNull();
    expect(
      within(row).getByRole('button', { name: 'Demander le rattachement du dossier CLEA-2026-000042' }),
    ).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/v1/candidate-search')?.query).toContain('birthDate=1991-03-14');
  }, 60_000);
});
