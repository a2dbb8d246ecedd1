import { uniqueId } from '@certhub/testing';
import { expect, test } from '@playwright/test';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard } from './support/portal';

test('an organisation admin adds a site from its SIRET and invites a member within their ceiling', async ({
  page,
}) => {
  await page.goto(portalUrl('/sign-in'));
  await signInWithKeyboard(page, 'org.admin@certhub.local');
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mon organisation' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon organisation' })).toBeVisible();
  const sites = page.getByRole('region', { name: 'Sites' });
  await expect(sites.getByText('Siège')).toBeVisible();

  // The demo company's second establishment: its details come from the registry.
  await sites.getByLabel('SIRET du site').fill('90123456700021');
  await expect(sites.getByText('Ateliers Démo CertHub SAS · Grenoble')).toBeVisible();
  await sites.getByRole('button', { name: 'Ajouter un site' }).click();
  await expect(
    sites.getByText(/SIRET 90123456700021 · 4 impasse des Artisans, 38000 Grenoble/),
  ).toBeVisible();

  const members = page.getByRole('region', { name: 'Membres' });
  await expect(members.getByRole('cell', { name: 'org.member@certhub.local' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '30-organisation-fr');

  await members.getByRole('button', { name: 'Inviter un membre' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inviter un membre de votre organisation' });
  await dialog.getByRole('combobox', { name: 'Rôle' }).click();
  // An organisation admin grants at most their own role.
  await expect(page.getByRole('option')).toHaveText(['Administrateur', 'Membre']);
  await page.getByRole('option', { name: 'Membre' }).click();
  const email = `${uniqueId('member')}@example.org`;
  await dialog.getByLabel('Prénom').fill('Bruno');
  await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('Durand');
  await dialog.getByLabel('Adresse e-mail').fill(email);
  await expectAccessible(page);
  await screenshot(page, '31-invite-fr');
  await dialog.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page.getByText(`Invitation envoyée à ${email}`)).toBeVisible();
  await expect(members.getByRole('cell', { name: email })).toBeVisible();
});

test('a member turns off the e-mails of one category and finds it off after a reload', async ({ page }) => {
  await page.goto(portalUrl('/sign-in'));
  await signInWithKeyboard(page, 'org.member@certhub.local');
  await page.getByRole('link', { name: /notification/ }).click();
  await page.getByRole('link', { name: 'Préférences des e-mails' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Préférences des e-mails' })).toBeVisible();
  const optional = page.getByRole('switch', { checked: true }).first();
  const name = await optional.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
  await optional.click({ force: true });
  await expect(page.getByText('Préférences enregistrées')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '32-preferences-fr');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Préférences des e-mails' })).toBeVisible();
  await expect(page.getByRole('switch', { name, exact: true })).not.toBeChecked();
  // Mandatory categories are no switch: always sent. A member is not offered to open a dossier.
  await expect(page.getByText('Obligatoire, toujours envoyé').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link')).toHaveText([
    'Accueil',
    'Mes dossiers',
    'Mon organisation',
    // A member reads his organisation's appeals; only its admin lodges one.
    'Recours',
  ]);
});
