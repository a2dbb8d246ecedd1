import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';
import { networkMe } from '../candidacy/records.fixtures';

const user = (id: string, role: string, lastName: string, enabled = true) => ({
  id,
  email: `${id}@example.test`,
  firstName: 'Inès',
  lastName,
  role,
  tenantType: 'network',
  tenantId: 'net-demo',
  enabled,
  emailVerified: true,
  locale: 'fr',
  createdAt: '2026-12-01T10:00:00.000Z',
});

/** An establishment's administrator on "Mes utilisateurs": the users the gateway gives him, his perimeter's. */
const routes: Routes = {
  'GET /api/v1/me': networkMe(['establishment_admin']),
  'GET /api/v1/notifications/unread-count': { body: { unread: 0, byCategory: {} } },
  'GET /api/v1/establishments': {
    body: {
      items: [{ id: 'est-demo-a', name: 'Lyon', trainingOrganisationId: 'of-demo' }],
      page: 1,
      pageSize: 100,
      total: 1,
    },
  },
  'GET /api/v1/users': {
    body: {
      items: [
        user('u-est', 'establishment_admin', 'Moi'),
        user('u-one', 'establishment_user', 'Martin'),
        user('u-off', 'establishment_user', 'Petit', false),
      ],
      page: 1,
      pageSize: 25,
      total: 3,
    },
  },
  'PUT /api/v1/users/u-one/enabled': { body: user('u-one', 'establishment_user', 'Martin', false) },
};

describe('my users, as an establishment’s administrator', () => {
  it('lists his establishment’s users and (de)activates them, never himself', async () => {
    const { calls } = renderApp('/training/users', routes);
    const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) });
    await screen.findByText('MARTIN Inès');
    expect(within(row('MOI')).queryByRole('button')).toBeNull();
    expect(within(row('PETIT')).getByRole('button', { name: /Réactiver/ })).toBeInTheDocument();

    await userEvent.click(within(row('MARTIN')).getByRole('button', { name: /Désactiver/ }));
    await waitFor(() =>
      expect(calls).toContainEqual(
        expect.objectContaining({
          method: 'PUT',
          path: '/api/v1/users/u-one/enabled',
          body: { enabled: false },
        }),
      ),
    );
  });

  it('offers to invite only roles not above his own', async () => {
    renderApp('/training/users', routes);
    await userEvent.click(await screen.findByRole('button', { name: 'Créer un utilisateur' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Rôle/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Administrateur établissement', 'Utilisateur établissement']);
  });
});
