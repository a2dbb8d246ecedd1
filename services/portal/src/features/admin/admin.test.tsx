import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { cbRoutes } from '../cb/fixtures.test-data';
import { grantableRoles } from './UsersAdmin';

describe('administration', () => {
  it('offers only roles within the granter’s ceiling', () => {
    expect(grantableRoles(['cb_admin'])).toEqual(
      expect.arrayContaining(['cb_admin', 'analyst', 'auditor', 'decision_maker']),
    );
    expect(grantableRoles(['cb_admin'])).not.toContain('platform_admin');
    expect(grantableRoles(['analyst'])).not.toContain('cb_admin');
    expect(grantableRoles(['platform_admin'])).toEqual(
      expect.arrayContaining(['platform_admin', 'scheme_manager']),
    );
    expect(grantableRoles(['platform_admin'])).not.toContain('cb_admin');
  });

  it('lets a CB’s administrator deactivate a colleague and invite one with a role of his side', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp('/cb/users', {
      ...cbRoutes(['cb_admin']),
      'PUT /api/v1/users/u-ana/enabled': { body: {} },
      'POST /api/v1/users': { status: 201, body: {} },
    });
    const row = await screen.findByRole('row', { name: /Anne Lyse/ });
    await user.click(within(row).getByRole('button', { name: 'Désactiver Anne Lyse' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
        path: '/api/v1/users/u-ana/enabled',
        body: { enabled: false },
      }),
    );
    const form = screen.getByRole('region', { name: 'Inviter un utilisateur' });
    await user.type(within(form).getByRole('textbox', { name: 'Prénom' }), 'Paul');
    await user.type(within(form).getByRole('textbox', { name: 'Nom de famille' }), 'Auditeur');
    await user.type(within(form).getByRole('textbox', { name: 'E-mail' }), 'paul@cb.test');
    await user.click(within(form).getByRole('combobox', { name: 'Rôle' }));
    await user.click(await screen.findByRole('option', { name: 'Auditeur' }));
    await user.click(within(form).getByRole('button', { name: 'Inviter' }));
    expect(await screen.findByText(/paul@cb.test est invité/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      email: 'paul@cb.test',
      firstName: 'Paul',
      lastName: 'Auditeur',
      locale: 'fr',
      role: 'auditor',
    });
  });
});
