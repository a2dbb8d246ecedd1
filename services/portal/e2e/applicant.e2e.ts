import { expect, test } from '@playwright/test';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard, tabTo } from './support/portal';

/**
 * The applicant's first steps in French, keyboard only: Keycloak's login page, the dashboard, open a
 * dossier, its page and timeline, the list with its filter in the URL. Each page is checked with axe
 * and photographed.
 */
test('an organisation admin signs in, opens a dossier and finds it again, with the keyboard only', async ({
  page,
}) => {
  // A visitor lands on the welcome page: sign in, or create the organisation's account.
  await page.goto(portalUrl('/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue sur CertHub' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Créer votre compte' })).toHaveAttribute('href', '/register');
  await expectAccessible(page);
  await screenshot(page, '00-welcome-fr');
  await tabTo(page, /Se connecter/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/realms\/certhub\/protocol\/openid-connect\/auth/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectAccessible(page);
  await screenshot(page, '01-keycloak-login-fr');
  await signInWithKeyboard(page, 'org.admin@certhub.local');

  // Dashboard: the organisation, an empty dossier list that says what to do.
  await expect(page.getByRole('heading', { level: 1, name: /Bienvenue/ })).toBeVisible();
  await expect(page.getByText('Ateliers Démo CertHub SAS')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mes dossiers par statut' })).toBeVisible();
  await expect(page.getByText('Vous n’avez pas encore de dossier')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mes interventions à venir' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mes notifications non lues' })).toBeVisible();
  await expect(page).toHaveTitle('Accueil · CertHub');
  await expectAccessible(page);
  await screenshot(page, '02-dashboard-fr');

  // The skip link is the first stop, then the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await tabTo(page, /Ouvrir un dossier/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ouvrir un dossier' })).toBeVisible();

  // Submitting empty says which fields are missing, beside them.
  await tabTo(page, /^\s*Ouvrir le dossier/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ce champ est obligatoire')).toHaveCount(2);
  await expectAccessible(page);
  await screenshot(page, '03-open-dossier-errors-fr');

  // Focus went to the first field to fix.
  await expect(page.getByRole('combobox', { name: 'Référentiel' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // The scheme has levels: the level is asked for, then the certification body.
  await tabTo(page, /Niveau/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo(page, /Organisme certificateur/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ce champ est obligatoire')).toHaveCount(0);
  await screenshot(page, '04-open-dossier-filled-fr');
  await tabTo(page, /^\s*Ouvrir le dossier/);
  await page.keyboard.press('Enter');

  // The dossier page: reference, status, scheme, CB and the first step of its timeline.
  await expect(page).toHaveURL(/\/dossiers\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^DEMO-\d{4}-\d{6}$/);
  const reference = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await expect(page.getByText('Brouillon').first()).toBeVisible();
  await expect(page.getByText('CertHub Démo Certification', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Historique du dossier' })).toBeVisible();
  await expect(page.getByText('Pas encore soumis')).toBeVisible();
  await expect(page).toHaveTitle(`${reference} · CertHub`);
  await expectAccessible(page);
  await screenshot(page, '05-dossier-fr');

  // The list, filtered through the URL: a reload keeps the filter.
  await tabTo(page, /Mes dossiers/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '06-dossiers-fr');
  await page.goto(portalUrl('/dossiers?status=certified'));
  await expect(page.getByText('Aucun dossier ne correspond')).toBeVisible();
  await page.goto(portalUrl('/dossiers?status=draft'));
  await expect(page.getByRole('link', { name: reference })).toBeVisible();

  // And back to the dossier from the list, by keyboard.
  await tabTo(page, new RegExp(reference.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();

  // The bell leads to the inbox, where the notice of the new dossier arrives (sent from its event).
  const notice = page.getByRole('link', { name: new RegExp(`Dossier ${reference}`) });
  await expect(async () => {
    await page.goto(portalUrl('/notifications?unread=true'));
    await expect(notice).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: /1 notification non lue/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '07-inbox-fr');
  await tabTo(page, /Tout marquer comme lu/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Aucune notification ne correspond à ces filtres.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aucune notification non lue' })).toBeVisible();
});

test('in English: Keycloak’s page, the app, dates in the English locale, and signing out', async ({
  page,
}) => {
  await page.goto(portalUrl('/'));
  await page.locator('label', { hasText: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to CertHub' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  // Keycloak's page follows the language chosen in the portal.
  await expect(page).toHaveURL(/\/realms\/certhub\/protocol\/openid-connect\/auth/);
  await expect(page.locator('#username')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await screenshot(page, '07-keycloak-login-en');
  await signInWithKeyboard(page, 'org.admin@certhub.local');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Org' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'My dossiers by status' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '08-dashboard-en');
  // Open a dossier in English: labels, the timeline and its date in the English locale.
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Open a dossier' }).click();
  for (const field of ['Scheme', 'Level', 'Certification body']) {
    await page.getByRole('combobox', { name: field }).click();
    await page.getByRole('option').first().click();
  }
  await page.getByRole('button', { name: 'Open the dossier' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^DEMO-\d{4}-\d{6}$/);
  await expect(page.getByRole('heading', { name: 'Dossier history' })).toBeVisible();
  await expect(page.getByText('Dossier opened')).toBeVisible();
  const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/Paris' }).format(
    new Date(),
  );
  await expect(page.getByText(today)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '09-dossier-en');
  // Abandoning asks first, with a reason.
  await page.getByRole('button', { name: 'Abandon the application' }).click();
  const dialog = page.getByRole('dialog', { name: /Abandon the application DEMO-/ });
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, '09-abandon-en');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Project postponed');
  await dialog.getByRole('button', { name: 'Abandon for good' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Application abandoned')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Abandon the application' })).toBeHidden();
  await nav.getByRole('link', { name: 'My dossiers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My dossiers' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '09-dossiers-en');

  await page.getByRole('button', { name: /User menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  // Signed out: back on the welcome page, still in English; signing in again asks for the password.
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to CertHub' })).toBeVisible();
  await screenshot(page, '10-signed-out-en');
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.locator('#username')).toBeVisible();
});
