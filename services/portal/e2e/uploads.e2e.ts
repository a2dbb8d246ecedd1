import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Api } from './support/api';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard } from './support/portal';

const MiB = 1024 * 1024;
const PART = /\/api\/v1\/documents\/uploads\/[^/]+\/parts\/(\d+)$/;

/**
 * A large file (two parts) in a real browser against the real stack: the connection breaks on
 * every send of its second part, the transfer says so and offers "Reprendre"; after a reload, the
 * same file chosen again sends only the part the document service lacks, and is stored.
 */
test('a large file resumes from its stored parts after a broken connection and a reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const api = await Api.signIn();
  const dossier = await api.call<{ id: string }>('applicant', 'POST', '/dossiers', {
    schemeId: 'label-engagement',
    cbId: 'cb-demo',
  });
  // A file on disk: its date stays the same when it is chosen again (what the resume key holds).
  const dir = join(__dirname, '../../../.run/portal-e2e/files');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'kbis-complet.pdf');
  writeFileSync(path, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(7 * MiB)]));

  const sent: string[] = [];
  page.on('request', (request) => {
    const part = PART.exec(request.url())?.[1];
    if (part) sent.push(part);
  });
  const breakPartTwo = (url: URL) => PART.exec(url.pathname)?.[1] === '2';
  await page.route(breakPartTwo, (route) => route.abort('connectionreset'));

  await page.goto(portalUrl(`/dossiers/${dossier.id}/questionnaire`));
  await signInWithKeyboard(page, 'org.admin@certhub.local');
  const kbis = page.getByRole('group', { name: /35\. Kbis/ });
  await kbis.locator('input[type=file]').setInputFiles(path);
  await expect(kbis.getByRole('alert')).toContainText('la connexion a été interrompue');
  await expect(kbis.getByRole('button', { name: 'Reprendre l’envoi de kbis-complet.pdf' })).toBeVisible();
  // Part 2 was sent three times before the transfer gave up; part 1 once.
  expect(sent).toEqual(['1', '2', '2', '2']);
  await expectAccessible(page);
  await screenshot(page, '48-upload-interrupted-fr');

  await page.unroute(breakPartTwo);
  await page.reload();
  sent.length = 0;
  await kbis.locator('input[type=file]').setInputFiles(path);
  await expect(page.getByRole('button', { name: 'Télécharger kbis-complet.pdf' })).toBeVisible();
  expect(sent).toEqual(['2']);
  await screenshot(page, '49-upload-resumed-fr');
});
