import { runtimeEnv } from '@certhub/testing';
import { expect, test, type Browser, type Page } from '@playwright/test';
import mongoose from 'mongoose';
import { Api, completedAudit, today, withdrawDemoCertificates } from './support/api';
import { labelDossier } from './support/questionnaire';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard, tabTo } from './support/portal';

/**
 * The renewal from the organisation's side, in French: a label certified through the API, its
 * certificate then aged into the renewal window; the administrator opens the renewal with the
 * keyboard, files a document, the CB's analyst sees it in his check and rejects it with a reason,
 * the organisation reads the reason and files it again, and the analyst finds the new file to check.
 */
test.describe.configure({ mode: 'serial' });

const DEVIS = 'Nouveau devis signé';
const DAY_MS = 86_400_000;

// The certificate granted here would refuse another journey's application on the same scheme.
test.afterAll(async () => withdrawDemoCertificates(await Api.signIn()));

/** A label dossier of the demo organisation taken to `certified` through the API, as the CB would. */
async function certifiedDossier(api: Api): Promise<{ id: string; reference: string }> {
  const { dossier } = await labelDossier(api);
  const id = dossier.id;
  await api.call('cbAdmin', 'PUT', `/dossiers/${id}/analyst`, { analystId: api.subject('analyst') });
  await api.call('analyst', 'POST', `/dossiers/${id}/admissibility`);
  await api.call('analyst', 'PUT', `/dossiers/${id}/contract`, { reference: 'CT-RENEW', signedOn: today() });
  // A day no other journey books the demo auditor on (journey: today, cb: -1, workspace: -2).
  const audit = await completedAudit(api, id, -3);
  await api.call('auditor', 'POST', `/audits/${audit.id}/findings-recorded`, { version: audit.version });
  await expect(async () => {
    const d = await api.call<{ status: string }>('analyst', 'GET', `/dossiers/${id}`);
    expect(d.status).toBe('decision_pending');
  }).toPass({ timeout: 30_000 });
  await api.call('decider', 'POST', `/dossiers/${id}/decisions`, { outcome: 'grant', reason: 'Conforme' });
  return dossier;
}

/** The dated parts of a dossier document, as the dossier service stores them. */
interface DatedDossier {
  _id: string;
  certificate: { validFrom: string; validUntil: string };
  cycle: { surveillanceDue: string[]; renewalOpensOn: string };
}

/**
 * Time passing, which no API does: the certificate's dates (and the cycle's) moved back so that its
 * renewal window opened ten days ago, in the dossier service's own database of this stack.
 */
async function ageIntoRenewalWindow(dossierId: string): Promise<void> {
  const prefix = process.env['E2E_DB_PREFIX'];
  if (!prefix) throw new Error('E2E_DB_PREFIX is set by the global setup');
  // The platform's mongoDbName: `<prefix>_<service>`.
  const db = await mongoose
    .createConnection(runtimeEnv().MONGO_URL, { dbName: `${prefix}_dossier`.replace(/-/g, '_') })
    .asPromise();
  try {
    const dossiers = db.collection<DatedDossier>('dossiers');
    const d = await dossiers.findOne({ _id: dossierId });
    if (!d) throw new Error(`dossier ${dossierId} not in ${prefix}_dossier`);
    const shift = Math.round((Date.parse(d.cycle.renewalOpensOn) - Date.now()) / DAY_MS) + 10;
    const back = (day: string) => new Date(Date.parse(day) - shift * DAY_MS).toISOString().slice(0, 10);
    await dossiers.updateOne(
      { _id: dossierId },
      {
        $set: {
          'certificate.validFrom': back(d.certificate.validFrom),
          'certificate.validUntil': back(d.certificate.validUntil),
          'cycle.surveillanceDue': d.cycle.surveillanceDue.map(back),
          'cycle.renewalOpensOn': back(d.cycle.renewalOpensOn),
        },
      },
    );
  } finally {
    await db.close();
  }
}

async function signedIn(browser: Browser, path: string, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(portalUrl(path));
  await signInWithKeyboard(page, username);
  return page;
}

const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${name} ${Date.now()}\n%%EOF\n`),
});

test('an organisation renews its label and files a document; the analyst checks it', async ({ browser }) => {
  test.setTimeout(240_000);
  const api = await Api.signIn();
  const dossier = await certifiedDossier(api);
  await ageIntoRenewalWindow(dossier.id);

  // The administrator: the window's dates, the choice of audit, with the keyboard.
  const applicant = await signedIn(browser, `/dossiers/${dossier.id}`, 'org.admin@certhub.local');
  const renew = applicant.getByRole('region', { name: 'Renouveler' });
  await expect(renew.getByText(/La fenêtre de renouvellement est ouverte jusqu’au/)).toBeVisible();
  await expect(
    renew.getByRole('radio', { name: /Audit de renouvellement avec CertHub Démo Certification/ }),
  ).toBeChecked();
  await expect(renew.getByRole('radio', { name: /Audit complémentaire avec/ })).toBeVisible();
  await expect(renew.getByRole('radio', { name: /Audit initial avec un autre organisme/ })).toBeVisible();
  await expectAccessible(applicant);
  await screenshot(applicant, '90-renewal-window-fr');

  await tabTo(applicant, /Renouveler…/);
  await applicant.keyboard.press('Enter');
  const dialog = applicant.getByRole('dialog', {
    name: `Ouvrir le renouvellement de ${dossier.reference} ?`,
  });
  await expect(dialog.getByRole('button', { name: 'Ouvrir le renouvellement' })).toBeFocused();
  await expect(dialog).toContainText('Un audit de renouvellement avec CertHub Démo Certification.');
  await expectAccessible(applicant);
  await screenshot(applicant, '91-renewal-confirm-fr');
  await applicant.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // Opened: the scheme's four documents to file; one filed.
  await expect(
    renew.getByText(/Renouvellement ouvert le .*audit de renouvellement avec CertHub Démo/),
  ).toBeVisible();
  await expect(applicant.getByText('En renouvellement').first()).toBeVisible();
  const devis = renew.getByRole('listitem', { name: DEVIS });
  await expect(devis).toContainText('À déposer');
  await expect(renew.getByRole('listitem')).toHaveCount(4);
  await devis.locator('input[type=file]').setInputFiles(pdf('devis-signe.pdf'));
  await expect(devis.getByRole('list', { name: DEVIS, exact: true })).toContainText('devis-signe.pdf');
  await renew.getByRole('button', { name: 'Déposer 1 document' }).click();
  await expect(renew.getByRole('status')).toContainText('1 document déposé');
  await expect(devis).toContainText('Déposé, en vérification');
  await expectAccessible(applicant);
  await screenshot(applicant, '92-renewal-documents-fr');

  // The analyst finds it in his check of the dossier, downloads nothing blind: the file is named.
  const analyst = await signedIn(browser, `/cb/dossiers/${dossier.id}`, 'analyst@certhub.local');
  const check = analyst.getByRole('region', { name: 'Documents du renouvellement' });
  const filed = check.getByRole('listitem', { name: DEVIS });
  await expect(filed).toContainText('À vérifier');
  await expect(filed).toContainText('devis-signe.pdf');
  await expect(check.getByText(/0 document accepté sur 4/)).toBeVisible();
  await expectAccessible(analyst);
  await screenshot(analyst, '93-renewal-analyst-check-fr');
  await filed.getByRole('button', { name: `Refuser « ${DEVIS} »` }).click();
  const reject = analyst.getByRole('dialog', { name: `Refuser « ${DEVIS} » ?` });
  await reject.getByRole('textbox', { name: 'Motif' }).fill('Le devis n’est pas signé');
  await reject.getByRole('button', { name: 'Confirmer' }).click();
  await expect(filed).toContainText('Refusé : Le devis n’est pas signé');

  // The organisation reads why, and files it again.
  await applicant.reload();
  await expect(devis).toContainText('Refusé : Le devis n’est pas signé. Déposez-le à nouveau.');
  await devis.locator('input[type=file]').setInputFiles(pdf('devis-signe-v2.pdf'));
  await expect(devis.getByRole('list', { name: DEVIS, exact: true })).toContainText('devis-signe-v2.pdf');
  await renew.getByRole('button', { name: 'Déposer 1 document' }).click();
  await expect(devis).toContainText('Déposé, en vérification');
  await screenshot(applicant, '94-renewal-refiled-fr');

  // Back in the analyst's check: the new file, to check again.
  await analyst.reload();
  await expect(filed).toContainText('À vérifier');
  await expect(filed).toContainText('devis-signe-v2.pdf');
  await filed.getByRole('button', { name: `Accepter « ${DEVIS} »` }).click();
  await analyst
    .getByRole('dialog', { name: `Accepter « ${DEVIS} » ?` })
    .getByRole('button', { name: 'Confirmer' })
    .click();
  await expect(filed).toContainText('Accepté');
  await expect(check.getByText(/1 document accepté sur 4/)).toBeVisible();
});
