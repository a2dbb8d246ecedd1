import { expect, test } from '@playwright/test';
import { removeClients } from '@certhub/testing';
import { Api } from './support/api';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard, tabTo } from './support/portal';

type Created = { partner: { id: string; name: string; clientId: string }; clientSecret: string };

/**
 * The CB administrator's partners, by keyboard: the demo CB's own partner found by name and
 * opened; a partner the CB did not create (the platform's, for another CB) neither listed nor
 * readable by its deep link.
 */
test('the cb_admin reads his CB’s partners, and no other', async ({ page }) => {
  const api = await Api.signIn();
  const code = `e2e${Date.now().toString(36)}`;
  const own = await api.call<Created>('cbAdmin', 'POST', '/partners', {
    name: `Partenaire ${code} démo`,
    scope: { cbId: 'cb-demo' },
  });
  const other = await api.call<Created>('platform', 'POST', '/partners', {
    name: `Partenaire ${code} autre`,
    scope: { cbId: 'cb-other' },
  });
  try {
    await page.goto(portalUrl('/cb/queue'));
    await signInWithKeyboard(page, 'cb.admin@certhub.local');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Partenaires' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Partenaires de l’organisme' })).toBeVisible();

    await tabTo(page, /Rechercher par nom/);
    await page.keyboard.type(code);
    await expect(page).toHaveURL(new RegExp(`q=${code}`));
    const table = page.getByRole('table', { name: '1 partenaire' });
    await expect(table.getByRole('link', { name: own.partner.name })).toBeVisible();
    await expect(page.getByText(other.partner.name)).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, '69-cb-partners-fr');

    await tabTo(page, new RegExp(own.partner.name));
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: `Abonnements et livraisons de ${own.partner.name}` }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Abonnements' })).toContainText('Aucun abonnement.');
    await expectAccessible(page);

    // Another owner's partner: not found, whatever its id.
    await page.goto(portalUrl(`/cb/partners/${other.partner.id}`));
    await expect(page.getByRole('heading', { level: 1, name: 'Ce partenaire n’existe pas.' })).toBeVisible();
    await expectAccessible(page);
  } finally {
    await removeClients([own.partner.clientId, other.partner.clientId]);
  }
});
