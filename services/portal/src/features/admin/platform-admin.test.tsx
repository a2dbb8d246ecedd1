import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoRoutes, renderApp, type Routes } from '../../test/render-app';
import { page, partnerRoutes as partnerFixtures } from './partners.fixtures';
import { cbUser } from '../cb/fixtures.test-data';

const platformRoutes: Routes = {
  ...demoRoutes,
  'GET /api/v1/me': {
    body: { userId: 'u-plat', tenantType: 'platform', tenantId: 'platform', roles: ['platform_admin'] },
  },
};

const partnerRoutes: Routes = { ...platformRoutes, ...partnerFixtures('platform') };

describe('platform administration', () => {
  it('shows a partner’s subscriptions and delivery log, filtered in the URL, and redelivers a webhook', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderApp('/admin/partners/p-1?status=dead_letter', partnerRoutes);
    expect(
      await screen.findByRole('heading', { name: 'Abonnements et livraisons de Banque Partenaire' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Webhook https://banque.test/hooks')).toBeInTheDocument();
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/api/v1/partners/p-1/deliveries')?.query).toContain(
        'status=dead_letter',
      ),
    );
    const log = screen.getByRole('region', { name: 'Journal des livraisons' });
    // A stream subscriber re-reads its feed: only the webhook's delivery goes again.
    expect(within(log).getAllByRole('button', { name: /^Relivrer/ })).toHaveLength(1);
    await user.click(within(log).getByRole('button', { name: /^Relivrer/ }));
    expect(await screen.findByText(/remise en file/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/d-dead/redeliver'))).toBe(true);

    await user.click(within(log).getByRole('combobox', { name: 'Abonnement' }));
    await user.click(await screen.findByRole('option', { name: 'https://banque.test/hooks' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ subscription: 's-hook' }));
    expect(calls.at(-1)?.query).toContain('subscriptionId=s-hook');
  });

  it('rotates a webhook’s signing secret after a confirmation and shows the new one once', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp('/admin/partners/p-1', partnerRoutes);
    const subscriptions = await screen.findByRole('region', { name: 'Abonnements' });
    // The stream subscription has no secret to rotate.
    expect(
      within(subscriptions).getAllByRole('button', { name: 'Renouveler le secret de signature' }),
    ).toHaveLength(1);
    await user.click(
      within(subscriptions).getByRole('button', { name: 'Renouveler le secret de signature' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Renouveler le secret de signature ?' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Renouveler' }));
    expect(await screen.findByText('whsec_new-one')).toBeInTheDocument();
  });

  it('says when the partner does not exist', async () => {
    renderApp('/admin/partners/p-gone', platformRoutes);
    expect(await screen.findByRole('heading', { name: 'Ce partenaire n’existe pas.' })).toBeInTheDocument();
  });

  it('adds a certification body, checked with the contract before sending, then offers its first admin’s invitation', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp('/admin/cbs', {
      ...platformRoutes,
      'GET /api/v1/certification-bodies': page([
        {
          id: 'cb-demo',
          code: 'demo',
          name: 'CertHub Démo Certification',
          certificateNumberPrefix: 'DEMO',
          createdAt: '2026-01-01T00:00:00Z',
        },
      ]),
      'POST /api/v1/certification-bodies': ({ body }) => ({
        status: 201,
        body: { id: 'cb-nouveau', ...(body as object) },
      }),
    });
    const form = await screen.findByRole('region', { name: 'Ajouter un organisme certificateur' });
    await user.type(within(form).getByRole('textbox', { name: 'Nom' }), 'Nouvel Organisme');
    await user.type(within(form).getByRole('textbox', { name: 'Code' }), 'Pas Bon');
    await user.click(within(form).getByRole('button', { name: 'Ajouter' }));
    const errors = () => [...form.querySelectorAll('.mantine-InputWrapper-error')].map((e) => e.textContent);
    await waitFor(() =>
      expect(errors()).toEqual(
        expect.arrayContaining(['2 à 32 minuscules, chiffres ou tirets', 'Ce champ est obligatoire']),
      ),
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.clear(within(form).getByRole('textbox', { name: 'Code' }));
    await user.type(within(form).getByRole('textbox', { name: 'Code' }), 'nouveau');
    await user.type(within(form).getByRole('textbox', { name: 'Préfixe des certificats' }), 'NOU');
    await user.type(within(form).getByRole('textbox', { name: 'Adresse' }), '1 rue Neuve');
    await user.type(within(form).getByRole('textbox', { name: 'Code postal' }), '75001');
    await user.type(within(form).getByRole('textbox', { name: 'Ville' }), 'Paris');
    await user.click(within(form).getByRole('button', { name: 'Ajouter' }));
    expect(await screen.findByText(/Nouvel Organisme est ajouté/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      code: 'nouveau',
      name: 'Nouvel Organisme',
      certificateNumberPrefix: 'NOU',
      address: { line1: '1 rue Neuve', postalCode: '75001', city: 'Paris', country: 'FR' },
    });
    expect(
      screen.getByRole('region', { name: 'Inviter un administrateur dans Nouvel Organisme' }),
    ).toBeInTheDocument();
  });

  it('lists a certification body’s staff read only', async () => {
    const { calls } = renderApp('/admin/cbs/cb-demo', {
      ...platformRoutes,
      'GET /api/v1/certification-bodies/cb-demo/users': page([
        { ...cbUser('u-ana', 'Anne', 'Lyse', 'analyst'), email: 'anne@cb.test' },
      ]),
    });
    expect(
      await screen.findByRole('heading', { name: 'Personnel de CertHub Démo Certification' }),
    ).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /Anne Lyse/ });
    expect(within(row).queryByRole('button')).toBeNull();
    expect(calls.some((c) => c.path === '/api/v1/users')).toBe(false);
  });
});
