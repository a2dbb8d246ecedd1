import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoRoutes, dossierFixture, renderApp } from '../test/render-app';

const dossier = (id: string, status: string) => dossierFixture({ id, reference: `DEMO-2026-${id}`, status });

describe('the app shell and dashboard', () => {
  it('shows the organisation, a skip link, the unread count and the dossiers by status', async () => {
    renderApp('/', {
      ...demoRoutes,
      'GET /api/v1/dossiers': {
        body: { items: [dossier('1', 'draft'), dossier('2', 'draft'), dossier('3', 'certified')], total: 3 },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue, Org' })).toBeInTheDocument();
    expect(await screen.findByText('Ateliers Démo CertHub SAS')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#main');
    expect(await screen.findByRole('link', { name: '3 notifications non lues' })).toBeInTheDocument();
    const byStatus = screen.getByRole('region', { name: 'Mes dossiers par statut' });
    const draft = await within(byStatus).findByRole('link', { name: 'Brouillon' });
    expect(draft).toHaveAttribute('href', '/dossiers?status=draft');
    expect(within(draft.closest('li') as HTMLElement).getByText('2')).toBeInTheDocument();
    expect(within(byStatus).getByRole('link', { name: 'Certifié' })).toBeInTheDocument();
    expect(screen.getByText('Vous êtes à jour : aucune notification non lue.')).toBeInTheDocument();
  });

  it('gives a certifier’s staff the individuals’ line only, never the organisation line’s pages', async () => {
    const { calls } = renderApp('/', {
      ...demoRoutes,
      'GET /api/v1/me': {
        body: { userId: 'u-cb', tenantType: 'cb', tenantId: 'cb-demo', roles: ['certifier_staff'] },
      },
    });
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(await within(nav).findByRole('link', { name: 'Jurys' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'File de travail' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Revue des écarts' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Mes interventions à venir' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/api/v1/audits'))).toBe(false);
  });

  it('says what to do when there is no dossier yet', async () => {
    renderApp('/', { ...demoRoutes, 'GET /api/v1/dossiers': { body: { items: [], total: 0 } } });
    expect(await screen.findByText(/Vous n’avez pas encore de dossier/)).toBeInTheDocument();
  });

  it('switches to English and back', async () => {
    renderApp('/', { ...demoRoutes, 'GET /api/v1/dossiers': { body: { items: [], total: 0 } } });
    await screen.findByRole('heading', { level: 1, name: 'Bienvenue, Org' });
    await userEvent.click(screen.getByText('English'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Org' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await userEvent.click(screen.getByText('Français'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue, Org' })).toBeInTheDocument();
  });

  it('welcomes a visitor with where to sign in and how to create an account, and nothing private', async () => {
    const app = renderApp('/', demoRoutes, { signedIn: false });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bienvenue sur CertHub' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Se connecter' })[0]).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('link', { name: 'Créer votre compte' })).toHaveAttribute('href', '/register');
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).not.toBeInTheDocument();
    expect(app.calls).toEqual([]);
  });

  it('signs out from the user menu', async () => {
    const app = renderApp('/', { ...demoRoutes, 'GET /api/v1/dossiers': { body: { items: [], total: 0 } } });
    await userEvent.click(await screen.findByRole('button', { name: /Menu utilisateur/ }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Se déconnecter' }));
    expect(app.signOut).toHaveBeenCalled();
  });
});
