import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cbRoutes } from '../cb/fixtures.test-data';
import { renderApp } from '../../test/render-app';
import { page, partner, partnerRoutes } from './partners.fixtures';

const cbAdmin = { ...cbRoutes(['cb_admin']), ...partnerRoutes('cb-demo') };

describe('a CB administrator’s partners', () => {
  it('lists the CB’s partners from its navigation, searched by name and paged in the URL', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderApp('/', {
      ...cbAdmin,
      'GET /api/v1/partners': page(
        [partner('p-1', 'Banque Partenaire', 'cb-demo'), partner('p-2', 'Assureur Mutuel', 'cb-demo')],
        60,
      ),
    });
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    await user.click(await within(nav).findByRole('link', { name: 'Partenaires' }));
    expect(await screen.findByRole('heading', { name: 'Partenaires de l’organisme' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '60 partenaires' });
    // Its own CB's partners only: no owner column, the scope says the CB.
    expect(within(table).queryByRole('columnheader', { name: 'Créé par' })).not.toBeInTheDocument();
    expect(within(table).getAllByRole('cell', { name: 'cb-demo' })).toHaveLength(2);

    await user.type(screen.getByRole('textbox', { name: 'Rechercher par nom' }), 'banque');
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'banque' }));
    await waitFor(() => expect(calls.at(-1)?.query).toContain('q=banque'));
    await user.click(screen.getByRole('button', { name: '2' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'banque', page: 2 }));
    expect(calls.at(-1)?.query).toMatch(/page=2.*q=banque|q=banque.*page=2/);

    await user.click(within(table).getByRole('link', { name: 'Banque Partenaire' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cb/partners/p-1'));
  });

  it('creates a partner restricted to its CB, whose secret is shown once', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp('/cb/partners', {
      ...cbAdmin,
      'GET /api/v1/partners': page([]),
      'POST /api/v1/partners': {
        status: 201,
        body: { partner: partner('p-3', 'Courtier', 'cb-demo'), clientSecret: 'cs_once' },
      },
    });
    expect(await screen.findByText('Aucun partenaire.')).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Créer un client partenaire' });
    await user.type(within(form).getByRole('textbox', { name: /Nom/ }), 'Courtier');
    await user.click(within(form).getByRole('button', { name: 'Créer' }));
    expect(await within(form).findByText('cs_once')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Courtier',
      scope: { cbId: 'cb-demo' },
    });
  });

  it('opens a partner: its subscriptions, a redelivery and a secret rotation, back to the CB’s list', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderApp('/cb/partners/p-1', cbAdmin);
    expect(
      await screen.findByRole('heading', { name: 'Abonnements et livraisons de Banque Partenaire' }),
    ).toBeInTheDocument();
    const log = screen.getByRole('region', { name: 'Journal des livraisons' });
    await user.click(await within(log).findByRole('button', { name: /^Relivrer/ }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/d-dead/redeliver'))).toBe(true),
    );
    const subscriptions = screen.getByRole('region', { name: 'Abonnements' });
    await user.click(
      within(subscriptions).getByRole('button', { name: 'Renouveler le secret de signature' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Renouveler le secret de signature ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Renouveler' }));
    expect(await screen.findByText('whsec_new-one')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Tous les partenaires' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cb/partners'));
  });

  it('says "not found" for another CB’s partner, and shows no partners link to other CB staff', async () => {
    const first = renderApp('/cb/partners/p-other', cbAdmin);
    expect(await screen.findByRole('heading', { name: 'Ce partenaire n’existe pas.' })).toBeInTheDocument();
    first.unmount();
    renderApp('/', cbRoutes(['analyst']));
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(await within(nav).findByRole('link', { name: 'File de travail' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Partenaires' })).not.toBeInTheDocument();
  });
});
