import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Local dev default of the realm's demo users. */
export const DEMO_PASSWORD = 'Certhub-dev-2026';
export const SCREENSHOTS = join(__dirname, '../../../../.run/portal-e2e/screenshots');

export const portalUrl = (path = '/') => {
  const base = process.env['PORTAL_URL'];
  if (!base) throw new Error('PORTAL_URL is set by the global setup');
  return `${base}${path}`;
};

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  // A dialog fading out (or a panel fading in) is mid-opacity: axe would measure its text's contrast
  // against a half-transparent background. Wait for finite transitions to settle; spinners loop forever.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
export async function tabTo(page: Page, name: RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Between the last stop and the first, focus rests on the document: not a control.
      if (!el || el === document.body || el.tagName === 'MAIN') return '';
      return `${el.getAttribute('aria-label') ?? ''} ${el.innerText ?? ''} ${(el as HTMLInputElement).labels?.[0]?.innerText ?? ''}`;
    });
    if (name.test(focused)) return;
  }
  throw new Error(`${name} not reached with ${max} Tab presses`);
}

/** Keycloak's own login page, filled with the keyboard only. */
export async function signInWithKeyboard(page: Page, username: string): Promise<void> {
  await expect(page.locator('#username')).toBeVisible();
  await expect(page.locator('#username')).toBeFocused();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
}
