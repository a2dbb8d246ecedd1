import {
  eventSubject,
  newCloudEvent,
  type CertificateData,
  type EventPayload,
  type EventType,
} from '@certhub/contracts';
import { waitFor } from '@certhub/testing';
import { expect, test, type Page } from '@playwright/test';
import type { NatsConnection } from 'nats';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from './support/api';
import { amarcCertificate, stackNats } from './support/certificates';
import { expectAccessible, portalUrl, screenshot } from './support/portal';

/**
 * The public verification page a certificate's QR code leads to, in Chromium against the real
 * stack: the credentials service issues from the certificate event, the certificate service prints
 * the signed PDF with the credential inside, and the page verifies the credential in the browser
 * (signature against the CB's did:web document, its status lists, its validity) as a member of the
 * public would see it, in French and in English; then the same from the PDF dropped on the page.
 */
test.describe.configure({ mode: 'serial' });

let nats: NatsConnection;
let api: Api;
let certificate: CertificateData;
let pdfFile: string;

async function publish<K extends EventType>(type: K, data: EventPayload<K>): Promise<void> {
  const event = newCloudEvent(type, data, { source: 'certhub/dossier', tenantId: 'cb-demo' });
  await nats.jetstream().publish(eventSubject(type), JSON.stringify(event), { msgID: event.id });
}

const verdict = (page: Page) => page.getByRole('status').filter({ has: page.locator('[data-verdict]') });

test.beforeAll(async () => {
  nats = await stackNats();
  api = await Api.signIn();
  certificate = amarcCertificate('VC', 'Boulangerie Vérifiée SARL', {
    line1: '12 rue de la Paix',
    postalCode: '75002',
    city: 'Paris',
    country: 'France',
  });
  await publish('certhub.certificate.issued.v1', certificate);
  // The CB's users download the signed PDF once printed (the credential attached inside).
  const pdf = await waitFor(
    'the signed PDF',
    async () => {
      const res = await fetch(portalUrl(`/api/v1/certificates/${certificate.certificateId}/pdf`), {
        headers: { authorization: `Bearer ${api.token('cbAdmin')}` },
      });
      return res.ok && Buffer.from(await res.arrayBuffer());
    },
    { timeoutMs: 60_000, intervalMs: 500 },
  );
  pdfFile = join(mkdtempSync(join(tmpdir(), 'certhub-verify-')), `${certificate.number}.pdf`);
  writeFileSync(pdfFile, pdf);
});

test.afterAll(async () => {
  await nats?.close();
});

test('the QR code’s page verifies the credential in the browser, in French and in English', async ({
  page,
}) => {
  await page.goto(portalUrl(`/verify/${certificate.number}`));
  await expect(verdict(page)).toHaveText(/Attestation authentique et valide/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Vérifier le certificat ${certificate.number}`,
  );
  await expect(page.getByText('Boulangerie Vérifiée SARL')).toBeVisible();
  await expect(page.getByText('Signature de l’organisme certificateur : réussi')).toBeVisible();
  await expect(page.getByText('Non suspendu (liste de statut) : réussi')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'verify-valid-fr');

  await page.evaluate(() => localStorage.setItem('certhub.language', 'en'));
  await page.reload();
  await expect(verdict(page)).toHaveText(/Genuine and valid credential/);
  await expectAccessible(page);
  await page.evaluate(() => localStorage.setItem('certhub.language', 'fr'));
});

test('a suspension shows on the page within seconds, from the CB’s status list', async ({ page }) => {
  const { certificateId, number, organisationId, cbId, schemeId } = certificate;
  await publish('certhub.certificate.suspended.v1', {
    certificateId,
    number,
    organisationId,
    cbId,
    schemeId,
    at: new Date().toISOString(),
    changedBy: 'decider',
  });
  await expect(async () => {
    await page.goto(portalUrl(`/verify/${number}`));
    await expect(verdict(page)).toHaveText(/Attestation authentique, mais suspendue/, { timeout: 3_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText('Non suspendu (liste de statut) : échoué')).toBeVisible();
  await screenshot(page, 'verify-suspended-fr');
});

test('a PDF dropped on the page is verified through the credential it carries; an altered one is not', async ({
  page,
}) => {
  await page.goto(portalUrl('/verify'));
  await page.getByLabel('Choisir un fichier').setInputFiles(pdfFile);
  await expect(verdict(page)).toHaveText(/Attestation authentique, mais suspendue/);
  await expect(page.getByText(certificate.number, { exact: true })).toBeVisible();

  const jwt = await page.evaluate(async (number) => {
    const res = await fetch(`/api/v1/public/credentials/${encodeURIComponent(number)}`);
    return ((await res.json()) as { jwt: string }).jwt;
  }, certificate.number);
  const [header, payload, signature] = jwt.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
  const forged = Buffer.from(JSON.stringify({ ...claims, validUntil: '2039-01-14T23:59:59Z' })).toString(
    'base64url',
  );
  await page.getByLabel('Attestation à coller (vc+jwt)').fill([header, forged, signature].join('.'));
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await expect(verdict(page)).toHaveText(/Attestation non authentique/);
  await expectAccessible(page);
  await screenshot(page, 'verify-forged-fr');
});

test('the register’s page checks a dropped PDF against the register; the QR’s page reads without JavaScript', async ({
  page,
  browser,
}) => {
  await page.goto(portalUrl(`/registry/${certificate.number}`));
  await expect(page.getByRole('status')).toContainText('Certificat suspendu');
  await page.getByLabel('Choisir le PDF').setInputFiles(pdfFile);
  const fileCheck = page.getByRole('region', { name: 'Vérifier un fichier PDF' });
  await expect(fileCheck).toContainText(
    `${certificate.number}.pdf est bien un certificat émis par CertHub : n° ${certificate.number}, Certificat suspendu.`,
  );
  // One byte more and it is another file: the register knows no such fingerprint.
  await page.getByLabel('Choisir le PDF').setInputFiles({
    name: 'modifie.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([readFileSync(pdfFile), Buffer.from('\n')]),
  });
  await expect(fileCheck.getByRole('alert')).toContainText('modifie.pdf ne correspond à aucun certificat');
  await expectAccessible(page);
  await screenshot(page, 'registry-file-check-fr');

  // The QR code prints /verify/<number>: its status line, title and description come from the server.
  const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
  const bare = await noScript.newPage();
  const res = await bare.goto(portalUrl(`/verify/${certificate.number}`));
  expect(res?.status()).toBe(200);
  await expect(bare).toHaveTitle(`Certificat ${certificate.number} : Certificat suspendu — CertHub`);
  await expect(bare.getByRole('status')).toHaveText('Certificat suspendu');
  await expect(bare.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /^Certificat suspendu\. Boulangerie Vérifiée SARL/,
  );
  await screenshot(bare, 'verify-no-js-fr');
  await noScript.close();
});
