import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';
import { establishment } from '../candidacy/records.fixtures';

const network = {
  id: 'net-demo',
  name: 'Réseau Démo',
  certifierId: 'cb-demo',
  head: { lastName: 'Moreau', firstName: 'Jeanne', email: 'jeanne@example.org' },
  notifyOnCandidacy: false,
  version: 2,
  createdAt: '2026-01-01T09:00:00.000Z',
};

const page = <T,>(items: T[]) => ({ body: { items, page: 1, pageSize: 10, total: items.length } });

const signedIn = (roles: string[], perimeter?: Record<string, string>, extra: Routes = {}): Routes => ({
  'GET /api/v1/me': {
    body: {
      userId: 'u-1',
      tenantType: 'network',
      tenantId: 'net-demo',
      roles,
      ...(perimeter ? { perimeter } : {}),
    },
  },
  'GET /api/v1/notifications/unread-count': { body: { unread: 0, byCategory: {} } },
  'GET /api/v1/certification-bodies': page([
    { id: 'cb-demo', code: 'demo', name: 'CertHub Démo Certification' },
  ]),
  'GET /api/v1/establishments': page([establishment]),
  'GET /api/v1/establishments/est-demo-a': { body: establishment },
  'GET /api/v1/training-organisations/of-demo': {
    body: { id: 'of-demo', networkId: 'net-demo', siren: '812345676', name: 'FORMATION DÉMO', version: 0 },
  },
  'GET /api/v1/networks/net-demo': { body: network },
  ...extra,
});

const ESTABLISHMENT_ADMIN = ['establishment_admin'];
const HIS_PLACE = { trainingOrganisationId: 'of-demo', establishmentId: 'est-demo-a' };

async function openEditForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Modifier l’établissement' }));
  return screen.findByRole('form', { name: 'Modifier l’établissement' });
}

describe('editing an establishment', () => {
  it('checks the SIRET (Luhn, and the organisation’s SIREN) before sending anything', async () => {
    const app = renderApp('/training/establishments/est-demo-a', signedIn(ESTABLISHMENT_ADMIN, HIS_PLACE));
    const form = await openEditForm();
    const siret = within(form).getByRole('textbox', { name: /SIRET de l’établissement/ });
    await userEvent.clear(siret);
    await userEvent.type(siret, '81234567600018');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(
      await within(form).findByText('Ce SIRET n’est pas valide (14 chiffres, clé de contrôle).'),
    ).toBeInTheDocument();
    await userEvent.clear(siret);
    await userEvent.type(siret, '73282932000074');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(
      await within(form).findByText(
        'Le SIRET d’un établissement commence par le SIREN de son organisme (812345676).',
      ),
    ).toBeInTheDocument();
    expect(app.calls.filter((c) => c.method === 'PATCH')).toEqual([]);
  });

  it('sends the edit on the version it was opened on, the emptied website cleared', async () => {
    const app = renderApp(
      '/training/establishments/est-demo-a',
      signedIn(ESTABLISHMENT_ADMIN, HIS_PLACE, {
        'PATCH /api/v1/establishments/est-demo-a': (call) => ({
          body: { ...establishment, ...(call.body as object), website: undefined, version: 5 },
        }),
      }),
    );
    const form = await openEditForm();
    const name = within(form).getByRole('textbox', { name: /Nom de l’établissement/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'FORMATION DÉMO Lyon Part-Dieu');
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Site web' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await screen.findByText('FORMATION DÉMO Lyon Part-Dieu')).toBeInTheDocument();
    const [patch] = app.calls.filter((c) => c.method === 'PATCH');
    expect(patch?.body).toMatchObject({
      version: 4,
      name: 'FORMATION DÉMO Lyon Part-Dieu',
      website: null,
      region: 'ARA',
    });
  });

  it('says when someone else changed the establishment meanwhile, and offers to reload it', async () => {
    renderApp(
      '/training/establishments/est-demo-a',
      signedIn(ESTABLISHMENT_ADMIN, HIS_PLACE, {
        'PATCH /api/v1/establishments/est-demo-a': {
          status: 409,
          body: {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'establishment est-demo-a was changed by someone else since version 4: reload it',
          },
        },
      }),
    );
    const form = await openEditForm();
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Quelqu’un d’autre a modifié cette fiche',
    );
    expect(within(form).getByRole('button', { name: 'Recharger la fiche' })).toBeInTheDocument();
  });

  it('offers no edit to an establishment’s user', async () => {
    renderApp('/training/establishments/est-demo-a', signedIn(['establishment_user'], HIS_PLACE));
    expect(await screen.findByRole('heading', { name: 'FORMATION DÉMO Lyon' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Modifier l’établissement' })).not.toBeInTheDocument();
  });
});

describe('the establishment’s history', () => {
  it('lists the actions with what each changed, and filters them by kind', async () => {
    const lines = [
      {
        id: 'e-2',
        establishmentId: 'est-demo-a',
        action: 'habilitation_rejected',
        at: '2026-03-02T10:00:00.000Z',
        by: 'u-cb',
        certifierId: 'cb-demo',
        reason: 'pièces manquantes',
      },
      {
        id: 'e-1',
        establishmentId: 'est-demo-a',
        action: 'edited',
        at: '2026-03-01T10:00:00.000Z',
        by: 'u-1',
        fields: ['name', 'publicContact'],
      },
    ];
    const app = renderApp(
      '/training/establishments/est-demo-a?tab=history',
      signedIn(['network_admin'], undefined, {
        'GET /api/v1/establishments/est-demo-a/history': (call) =>
          page(call.query.includes('action=edited') ? lines.filter((l) => l.action === 'edited') : lines),
      }),
    );
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Habilitation rejetée')).toBeInTheDocument();
    // The certifier by its name once the bodies are loaded.
    expect(
      await within(table).findByText(
        'Certificateur : CertHub Démo Certification · Motif : pièces manquantes',
      ),
    ).toBeInTheDocument();
    expect(within(table).getByText('Champs modifiés : nom, contact public')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: 'Type d’action' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Modification' }));
    await screen.findByText('1 élément');
    expect(app.calls.some((c) => c.path.endsWith('/history') && c.query.includes('action=edited'))).toBe(
      true,
    );
  });
});

describe('the establishment’s history of its users', () => {
  it('names a user’s deactivation and reactivation', async () => {
    const line = (id: string, action: string, at: string) => ({
      id,
      establishmentId: 'est-demo-a',
      action,
      at,
      by: 'u-1',
      userId: 'u-9',
    });
    renderApp(
      '/training/establishments/est-demo-a?tab=history',
      signedIn(['network_admin'], undefined, {
        'GET /api/v1/establishments/est-demo-a/history': () =>
          page([
            line('e-2', 'user_enabled', '2026-03-02T10:00:00.000Z'),
            line('e-1', 'user_disabled', '2026-03-01T10:00:00.000Z'),
          ]),
      }),
    );
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Utilisateur réactivé')).toBeInTheDocument();
    expect(within(table).getByText('Utilisateur désactivé')).toBeInTheDocument();
  });
});

describe('editing the network', () => {
  it('lets its admin switch on "notify me when a candidacy is created"', async () => {
    const app = renderApp(
      '/training/network',
      signedIn(['network_admin'], undefined, {
        'PATCH /api/v1/networks/net-demo': (call) => ({
          body: { ...network, ...(call.body as object), version: 3 },
        }),
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier le réseau' }));
    const form = await screen.findByRole('form', { name: 'Modifier le réseau' });
    await userEvent.click(within(form).getByRole('radio', { name: 'Oui' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await screen.findByText('Oui')).toBeInTheDocument();
    const [patch] = app.calls.filter((c) => c.method === 'PATCH');
    expect(patch?.body).toMatchObject({ version: 2, notifyOnCandidacy: true });
  });

  it('offers no edit to an establishment’s admin', async () => {
    renderApp('/training/network', signedIn(ESTABLISHMENT_ADMIN, HIS_PLACE));
    expect(await screen.findByRole('heading', { name: 'Mon réseau – Réseau Démo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Modifier le réseau' })).not.toBeInTheDocument();
  });
});

describe('editing a training organisation', () => {
  const organisation = {
    id: 'of-demo',
    networkId: 'net-demo',
    siren: '812345676',
    name: 'FORMATION DÉMO',
    address: { line1: '1 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
    contact: { lastName: 'Durand', firstName: 'Léa', email: 'lea@example.org' },
    billingEmail: 'factures@example.org',
    active: true,
    version: 3,
    createdAt: '2026-01-05T09:00:00.000Z',
  };
  const list = { 'GET /api/v1/networks/net-demo/organisations': page([organisation]) };

  it('saves the network admin’s change on the version it opened, the SIREN fixed once an establishment exists', async () => {
    const app = renderApp(
      '/training/organisations',
      signedIn(['network_admin'], undefined, {
        ...list,
        'PATCH /api/v1/training-organisations/of-demo': { body: { ...organisation, version: 4 } },
      }),
    );
    expect(await screen.findByText('812345676', {}, { timeout: 15_000 })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: /^Modifier\W+FORMATION DÉMO$/ }));
    const form = await screen.findByRole('form', { name: 'Modifier l’organisme' });
    expect(within(form).getByRole('textbox', { name: /SIREN/ })).toHaveAttribute('readonly');
    const name = within(form).getByRole('textbox', { name: /Nom de l’organisme/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'FORMATION DÉMO AURA');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));
    await screen.findByRole('button', { name: /^Modifier\W+FORMATION DÉMO$/ });
    const patch = app.calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toMatchObject({ version: 3, name: 'FORMATION DÉMO AURA', billingAddress: null });
    expect(patch?.body).not.toHaveProperty('siren');
  });

  it('offers no edit to an establishment’s admin, whose place is below the organisation', async () => {
    renderApp('/training/organisations', signedIn(ESTABLISHMENT_ADMIN, HIS_PLACE, list));
    expect(await screen.findByText('812345676')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Modifier/ })).not.toBeInTheDocument();
  });
});
