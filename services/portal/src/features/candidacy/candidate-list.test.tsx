import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';

const routes: Routes = {
  'GET /api/v1/me': {
    body: {
      userId: 'u-net',
      tenantType: 'network',
      tenantId: 'net-demo',
      roles: ['network_admin'],
      perimeter: {},
    },
  },
  'GET /api/v1/notifications/unread-count': { body: { unread: 0, byCategory: {} } },
  'GET /api/v1/establishments': { body: { items: [], page: 1, pageSize: 100, total: 0 } },
  'GET /api/v1/candidates': { body: { items: [], page: 1, pageSize: 25, total: 0 } },
};

describe('the candidacies list', () => {
  it('reads its active filter from the URL and sends the one picked', async () => {
    const { calls } = renderApp('/training/candidates?active=%22true%22', routes);
    const filter = await screen.findByRole('combobox', { name: 'Actif' });
    expect(filter).toHaveValue('Oui');
    await waitFor(() =>
      expect(calls.some((c) => c.path === '/api/v1/candidates' && c.query.includes('active=true'))).toBe(
        true,
      ),
    );
    await userEvent.click(filter);
    await userEvent.click(await screen.findByRole('option', { name: 'Non' }));
    await waitFor(() =>
      expect(calls.some((c) => c.path === '/api/v1/candidates' && c.query.includes('active=false'))).toBe(
        true,
      ),
    );
  });
});
