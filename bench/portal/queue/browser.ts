import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../dossiers/infra';

/** Debian's Chromium, never a downloaded one. */
export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });

/** Through the real Keycloak page, as a person would; the portal comes back to `path`. */
export async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#password').press('Enter');
}

/** The queue's rows are on screen and no request of the table is in flight. */
export async function rowsShown(page: Page): Promise<void> {
  await page.locator('table[aria-busy="false"] tbody tr').first().waitFor({ timeout: 60_000 });
}
