import { MailSink, actionLink, followEmailLink, someCompany, uniqueId } from '@certhub/testing';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, portalUrl, screenshot } from './support/portal';

test('a new organisation registers with its SIRET, confirms its e-mail and signs in', async ({ page }) => {
  await page.goto(portalUrl('/register'));
  // Public: no detour through Keycloak.
  await expect(page.getByRole('heading', { level: 1, name: 'Créer votre compte' })).toBeVisible();
  await expect(page).toHaveURL(portalUrl('/register'));

  await page.getByLabel('SIRET de l’établissement').fill('12345678901234');
  await page.getByRole('button', { name: 'Créer votre compte' }).click();
  await expect(page.getByText('Ce SIRET n’est pas valide')).toBeVisible();
  await expect(page.getByLabel('SIRET de l’établissement')).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, '20-register-errors-fr');

  const company = someCompany();
  const siret = company.establishments.find((e) => e.headquarters)?.siret ?? '';
  await page.getByLabel('SIRET de l’établissement').fill(siret);
  await expect(page.getByText(company.name, { exact: true })).toBeVisible();
  const email = `${uniqueId('portal')}@example.org`;
  await page.getByLabel('Prénom').fill('Alice');
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Martin');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(DEMO_PASSWORD);
  await screenshot(page, '21-register-filled-fr');
  // A reload keeps what was typed, but never the password.
  await page.reload();
  await expect(page.getByLabel('Adresse e-mail')).toHaveValue(email);
  await expect(page.getByText(company.name, { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Mot de passe', exact: true })).toHaveValue('');
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Créer votre compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre compte est créé' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '22-register-done-fr');

  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(email);
  await followEmailLink(actionLink(await MailSink.waitForMail(email)));
  await page.getByRole('link', { name: 'Se connecter' }).first().click();
  await page.locator('#username').fill(email);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#password').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue, Alice' })).toBeVisible();
  await expect(page.getByRole('banner').getByText(company.name)).toBeVisible();
});
