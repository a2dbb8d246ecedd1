import { expect, test } from '@playwright/test';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard } from './support/portal';

/**
 * An establishment's administrator keeps its record up to date and reads what was done to it: the
 * edit form (the public contact the directory shows), then the History tab listing the edit.
 */
test('an establishment’s admin edits his establishment and reads its history', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext()).newPage();
  await page.goto(portalUrl('/training/establishments/est-demo-b'));
  await signInWithKeyboard(page, 'establishment.b@certhub.local');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Modifier l’établissement' }).click();
  const form = page.getByRole('form', { name: 'Modifier l’établissement' });
  await expect(form).toBeVisible();
  await expectAccessible(page);
  const phone = `03 80 ${String(Date.now() % 100).padStart(2, '0')} 12 34`;
  const publicContact = form.getByRole('region', { name: 'Contact public' });
  await publicContact.getByRole('textbox', { name: /Téléphone/ }).fill(phone);
  await screenshot(page, 'establishment-edit');
  await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText(phone)).toBeVisible();

  // The history is built from the edit's event: it shows within a moment, when the tab is opened again.
  await expect(async () => {
    await page.getByRole('tab', { name: 'Informations' }).click();
    await page.getByRole('tab', { name: 'Historique' }).click();
    await expect(page.getByRole('cell', { name: 'Champs modifiés : contact public' }).first()).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Actions effectuées sur cet établissement' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'establishment-history');
});
