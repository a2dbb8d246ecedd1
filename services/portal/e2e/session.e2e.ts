import { expect, test } from '@playwright/test';
import { portalUrl, signInWithKeyboard } from './support/portal';

/**
 * Tokens live in memory and last five minutes (the realm's access token lifespan): before one
 * expires the app trades the refresh token for a new one, without leaving the page. The page's
 * clock is run forward; Keycloak and the gateway keep real time, which the new token satisfies.
 */
test('the session renews its access token in the background and keeps calling the API', async ({ page }) => {
  const bearers = new Set<string>();
  page.on('request', (r) => {
    const authorization = r.headers()['authorization'];
    if (r.url().includes('/api/v1/') && authorization) bearers.add(authorization);
  });
  await page.clock.install();
  await page.goto(portalUrl('/sign-in'));
  await signInWithKeyboard(page, 'org.member@certhub.local');
  await expect(page.getByRole('heading', { level: 1, name: /Bienvenue/ })).toBeVisible();
  await expect.poll(() => bearers.size).toBe(1);
  const [tokenBefore] = bearers;

  const renewal = page.waitForRequest(
    (r) =>
      r.url().endsWith('/protocol/openid-connect/token') &&
      (r.postData() ?? '').includes('grant_type=refresh_token'),
  );
  await page.clock.runFor('04:30');
  expect((await (await renewal).response())?.status()).toBe(200);

  // The next API call carries the new token and is accepted.
  const call = page.waitForRequest((r) => r.url().includes('/api/v1/dossiers'));
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mes dossiers' })
    .click();
  const request = await call;
  expect(request.headers()['authorization']).toMatch(/^Bearer /);
  expect(request.headers()['authorization']).not.toBe(tokenBefore);
  expect((await request.response())?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();
  // Nothing of the session was written to web storage.
  const stored = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  );
  expect(stored).not.toMatch(/access_token|refresh_token|eyJ/);
});

/**
 * Tokens are not kept across a reload: a signed-in person reloading a public page (the welcome
 * page, the registry) is recognised through Keycloak's session without typing anything; after
 * signing out, the same page is the visitor's, with no round trip to Keycloak.
 */
test('a reload of a public page keeps a signed-in person signed in, and a signed-out one out', async ({
  page,
}) => {
  await page.goto(portalUrl('/sign-in'));
  await signInWithKeyboard(page, 'org.member@certhub.local');
  const dashboard = page.getByRole('heading', { level: 1, name: /^Bienvenue, / });
  await expect(dashboard).toBeVisible();

  await page.reload();
  await expect(dashboard).toBeVisible();
  await page.goto(portalUrl('/registry'));
  await expect(page.getByRole('button', { name: /Menu utilisateur/ })).toBeVisible();

  await page.getByRole('button', { name: /Menu utilisateur/ }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue sur CertHub' })).toBeVisible();
  const toKeycloak: string[] = [];
  page.on('request', (r) => r.url().includes('/protocol/openid-connect/auth') && toKeycloak.push(r.url()));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue sur CertHub' })).toBeVisible();
  expect(toKeycloak).toEqual([]);
});
