import { expect, test, type Page } from '@playwright/test';
import { Api, completedAudit, today, withdrawDemoCertificates } from './support/api';
import { labelDossier } from './support/questionnaire';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard, tabTo } from './support/portal';

/**
 * The applicant's journey after opening a dossier, in French: the questionnaire (conditions,
 * autosave, a stale save, the refused submit and its links, read-only after submit, the PDF export),
 * its findings and the corrected questionnaire, the audit's findings (measures, proofs with a real
 * upload, batches, the thread), the certificate and a change of scope. The CB's steps go through the
 * API with its users' tokens. Every page is checked with axe and photographed.
 */
const savedState = (page: Page) => page.getByRole('status').filter({ hasText: 'Brouillon enregistré' });

// The certificate granted here would refuse the next test's application.
test.afterEach(async () => withdrawDemoCertificates(await Api.signIn()));

test('questionnaire, findings and certificate, as the organisation admin', async ({ page }) => {
  test.setTimeout(300_000);
  const api = await Api.signIn();
  const { dossier, scheme } = await labelDossier(api, {
    leftForThePage: ['q2', 'q35', 'q38', 'q47'],
    submit: false,
  });

  await page.goto(portalUrl(`/dossiers/${dossier.id}/questionnaire`));
  await signInWithKeyboard(page, 'org.admin@certhub.local');
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire de recevabilité' })).toBeVisible();
  await expect(page.getByText('Brouillon à jour')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '40-questionnaire-fr');

  // "Oui" to question 23 reveals 24 to 26; "Non" hides them again.
  const certified = page.getByRole('radiogroup', { name: /23\. Êtes-vous certifié Qualiopi/ });
  await certified.getByRole('radio', { name: 'Oui' }).check();
  await expect(page.getByRole('textbox', { name: /24\. Organisme certificateur Qualiopi/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /26\. Certificat Qualiopi/ })).toBeVisible();
  await screenshot(page, '41-questionnaire-condition-fr');
  await certified.getByRole('radio', { name: 'Non' }).check();
  await expect(page.getByRole('textbox', { name: /24\. Organisme certificateur Qualiopi/ })).toBeHidden();

  // Typing saves a moment later, and says so.
  await page.getByRole('textbox', { name: /^2\. Raison sociale/ }).fill('Ateliers Démo CertHub SAS');
  await expect(savedState(page)).toBeVisible();

  // A file question: the file goes into the question's own space and is listed, ready to download.
  await page
    .getByRole('group', { name: /35\. Kbis/ })
    .locator('input[type=file]')
    .setInputFiles({
      name: 'kbis.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
  await expect(page.getByRole('button', { name: 'Télécharger kbis.pdf' })).toBeVisible();
  await expect(savedState(page)).toBeVisible();

  // Someone else saves meanwhile: the next save is refused, nothing overwritten, the changes carried over.
  const current = await api.call<{ revision: number }>(
    'applicant',
    'GET',
    `/dossiers/${dossier.id}/questionnaire`,
  );
  await api.call('applicant', 'PUT', `/dossiers/${dossier.id}/questionnaire`, {
    revision: current.revision,
    answers: { q39: { value: 'Août' } },
  });
  await page.getByRole('textbox', { name: /^3\. Nom commercial/ }).fill('Ateliers Démo');
  const conflict = page.getByRole('alert').filter({ hasText: 'enregistré ailleurs entre-temps' });
  await expect(conflict).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '42-questionnaire-conflict-fr');
  await conflict.getByRole('button', { name: 'Reprendre la dernière version' }).click();
  await expect(savedState(page)).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^39\. Périodes d’indisponibilité/ })).toHaveValue('Août');
  await expect(page.getByRole('textbox', { name: /^3\. Nom commercial/ })).toHaveValue('Ateliers Démo');

  // Submit refused: each missing question listed as a link, marked; the keyboard follows the links.
  await tabTo(page, /Soumettre le questionnaire/, 400);
  await page.keyboard.press('Enter');
  const missing = page.getByRole('alert').filter({ hasText: 'questions obligatoires sans réponse' });
  await expect(missing).toBeFocused();
  await expect(missing.getByRole('link')).toHaveText([/38\. Période souhaitée/, /47\. J’atteste/]);
  await expect(page.getByText('Réponse obligatoire')).toHaveCount(2);
  await expectAccessible(page);
  await screenshot(page, '43-questionnaire-missing-fr');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/38\. Période souhaitée/, { exact: false }).first()).toBeFocused();
  await page.keyboard.type(today(30).split('-').reverse().join(''));
  await missing.getByRole('link', { name: /47\. J’atteste/ }).click();
  await page
    .getByRole('radiogroup', { name: /47\. J’atteste/ })
    .getByRole('radio', { name: 'Oui' })
    .check();
  await expect(page.getByText('Réponse obligatoire')).toHaveCount(0);
  await page.getByRole('button', { name: 'Soumettre le questionnaire' }).click();

  // Read-only once submitted; the PDF export downloads.
  await expect(page.getByText('Questionnaire transmis : il est en lecture seule.')).toBeVisible();
  await expect(page.getByText('Questionnaire saisi', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^2\. Raison sociale/ })).toHaveAttribute('readonly');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await expectAccessible(page);
  await screenshot(page, '44-questionnaire-submitted-fr');

  // The CB finds an answer to correct: the corrected questionnaire goes back.
  await api.call('cbAdmin', 'PUT', `/dossiers/${dossier.id}/analyst`, { analystId: api.subject('analyst') });
  const qFinding = await api.call<{ id: string; number: string }>(
    'analyst',
    'POST',
    `/dossiers/${dossier.id}/questionnaire/findings`,
    { questionId: 'q2', description: 'Indiquez la raison sociale complète, forme juridique comprise' },
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Écarts à corriger' })).toBeVisible();
  await page.getByRole('link', { name: /Aller à la question 2\. Raison sociale/ }).click();
  await expect(page.getByRole('textbox', { name: /^2\. Raison sociale/ })).toBeFocused();
  await page.keyboard.type(' (SAS)');
  await page
    .getByRole('textbox', { name: `Action corrective (${qFinding.number})` })
    .fill('Raison sociale complétée');
  await expectAccessible(page);
  await screenshot(page, '45-questionnaire-findings-fr');
  await page.getByRole('button', { name: `Répondre à l’écart ${qFinding.number}` }).click();
  await expect(page.getByText('Répondu', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Renvoyer le questionnaire corrigé' }).click();
  await expect(page.getByText('Questionnaire corrigé', { exact: true }).first()).toBeVisible();

  // The CB declares it admissible, contracts, audits and records a finding, then asks for measures.
  const id = dossier.id;
  await api.call('analyst', 'POST', `/dossiers/${id}/questionnaire/findings/${qFinding.id}/close`);
  await api.call('analyst', 'POST', `/dossiers/${id}/admissibility`);
  await api.call('analyst', 'PUT', `/dossiers/${id}/contract`, { reference: 'CT-E2E', signedOn: today() });
  const audit = await completedAudit(api, id, 0);
  const requirement = scheme.chapters[0]?.requirements[0]?.id as string;
  let nc = await api.call<{ id: string; number: string; version: number }>(
    'auditor',
    'POST',
    `/audits/${audit.id}/findings`,
    {
      requirementId: requirement,
      severity: 'minor',
      description: 'Les réclamations orales ne sont pas enregistrées',
      dueDate: today(45),
    },
  );
  await api.call('auditor', 'POST', `/audits/${audit.id}/findings-recorded`, { version: audit.version });
  nc = await api.call('analyst', 'POST', `/findings/${nc.id}/confirmation`, { version: nc.version });
  nc = await api.call('analyst', 'POST', `/findings/${nc.id}/measures-request`, { version: nc.version });

  // The findings page: a measure drafted, marked ready, sent in a batch; a message in the thread.
  await page.goto(portalUrl(`/dossiers/${id}`));
  await page.getByRole('link', { name: 'Écarts d’audit' }).click();
  await expect(page.getByRole('heading', { level: 2, name: nc.number })).toBeVisible();
  await page
    .getByRole('textbox', { name: `Nouvelle mesure corrective (${nc.number})` })
    .fill('Registre des réclamations orales');
  await page.getByRole('button', { name: 'Enregistrer le brouillon de mesure' }).click();
  await page.getByRole('checkbox', { name: 'Prête à envoyer' }).check();
  await page.getByRole('button', { name: 'Envoyer 1 mesure prête' }).click();
  await expect(page.getByText(`Envoyé à l’organisme certificateur : ${nc.number}`)).toBeVisible();
  await expect(page.getByText('Mesures envoyées', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Messages sur ${nc.number}` }).click();
  await page
    .getByRole('textbox', { name: `Votre message (${nc.number})` })
    .fill('Le registre est en place depuis lundi.');
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(page.getByText('Le registre est en place depuis lundi.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '46-findings-measures-fr');

  // Measures accepted, proofs asked: a proof with a real file, its progress, sent.
  const review = async (kind: 'measure' | 'proof') => {
    const f = await api.call<{ version: number; items: { id: string; kind: string }[] }>(
      'analyst',
      'GET',
      `/findings/${nc.id}`,
    );
    const item = f.items.filter((i) => i.kind === kind).at(-1);
    return api.call<{ version: number }>('analyst', 'POST', `/findings/${nc.id}/items/${item?.id}/review`, {
      version: f.version,
      kind,
      decision: 'accept',
    });
  };
  const accepted = await review('measure');
  await api.call('analyst', 'POST', `/findings/${nc.id}/proofs-request`, { version: accepted.version });
  await page.reload();
  await page
    .getByRole('textbox', { name: `Description de la preuve (${nc.number})` })
    .fill('Extrait du registre');
  await page.locator('.drop-zone input[type=file]').setInputFiles({
    name: 'registre.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n'),
  });
  await expect(page.getByRole('list', { name: `Fichiers de la preuve (${nc.number})` })).toContainText(
    'registre.pdf',
  );
  await page.getByRole('button', { name: 'Enregistrer le brouillon de preuve' }).click();
  await page.getByRole('checkbox', { name: 'Prête à envoyer' }).check();
  await screenshot(page, '47-findings-proof-fr');
  await page.getByRole('button', { name: 'Envoyer 1 preuve prête' }).click();
  await expect(page.getByText('Preuves envoyées', { exact: true })).toBeVisible();

  // Proof accepted, finding closed; the decision-maker grants: the certificate on the dossier page.
  await review('proof');
  await expect(async () => {
    const d = await api.call<{ status: string }>('analyst', 'GET', `/dossiers/${id}`);
    expect(d.status).toBe('decision_pending');
  }).toPass({ timeout: 30_000 });
  await api.call('decider', 'POST', `/dossiers/${id}/decisions`, { outcome: 'grant', reason: 'Écart levé' });
  await page.goto(portalUrl(`/dossiers/${id}`));
  await expect(page.getByText(/Certificat n° /)).toBeVisible();
  await expect(page.getByText('Valide', { exact: true })).toBeVisible();
  await expect(page.getByText(/Surveillance prévue : /)).toBeVisible();
  await expect(page.getByText('Certification accordée').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '48-certificate-fr');
  // The PDF is rendered from the issuance event: it may take a moment.
  await expect(async () => {
    const pdf = page.waitForEvent('download', { timeout: 5_000 });
    await page.getByRole('button', { name: 'Télécharger mon e-certificat (PDF)' }).click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
  }).toPass({ timeout: 60_000 });

  // A change of scope, declared with a description.
  await page.getByRole('button', { name: 'Déclarer une modification du périmètre' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modification du périmètre certifié' });
  await dialog.getByRole('textbox', { name: /Description du changement/ }).fill('Ouverture d’un site à Lyon');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Envoyer la déclaration' }).click();
  await expect(page.getByText(/Modification du périmètre déclarée le/)).toBeVisible();
  await screenshot(page, '49-scope-change-fr');
});

test('in English: the questionnaire and the findings pages', async ({ page }) => {
  const api = await Api.signIn();
  const dossier = await api.call<{ id: string }>('applicant', 'POST', '/dossiers', {
    schemeId: 'label-engagement',
    cbId: 'cb-demo',
  });
  await page.goto(portalUrl('/'));
  await page.locator('label', { hasText: 'English' }).click();
  await page.goto(portalUrl(`/dossiers/${dossier.id}/questionnaire`));
  await signInWithKeyboard(page, 'org.admin@certhub.local');
  await expect(page.getByRole('heading', { level: 1, name: 'Admissibility questionnaire' })).toBeVisible();
  await expect(page.getByText('Draft up to date')).toBeVisible();
  await page.getByRole('button', { name: 'Submit the questionnaire' }).click();
  await expect(page.getByText(/required questions have no answer/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '50-questionnaire-en');
  await page.goto(portalUrl(`/dossiers/${dossier.id}/findings`));
  await expect(page.getByRole('heading', { level: 1, name: 'Audit findings' })).toBeVisible();
  await expect(page.getByText('No finding on this dossier.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '51-findings-en');
});
