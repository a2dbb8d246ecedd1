import { expect, test, type Page } from '@playwright/test';
import { Api, completedAudit, today, withdrawDemoCertificates } from './support/api';
import { labelDossier } from './support/questionnaire';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard, tabTo } from './support/portal';

/**
 * The certification body's side of one dossier, in French, each role in its own browser session:
 * the cb_admin's queue and assignment, the analyst's instruction (a questionnaire finding raised and
 * closed, admissibility, contract) and review of two audit non-conformities (MC and PM, a
 * clarification, the thread), the decision-maker's keyboard-only decision and a suspension seen by
 * the public verification; then a deep link to another CB's dossier. The applicant's and the
 * auditor's steps go through the API with their demo users' tokens.
 */
test.describe.configure({ mode: 'serial' });

let api: Api;
let dossier: { id: string; reference: string };
let certificateNumber: string;

type Finding = { id: string; number: string; version: number; items: { id: string; kind: string }[] };

const signIn = async (page: Page, path: string, username: string) => {
  await page.goto(portalUrl(path));
  await signInWithKeyboard(page, username);
};

/** The applicant drafts an item, marks it ready and sends the dossier's ready items of that kind. */
async function applicantSends(findingId: string, kind: 'measure' | 'proof', text: string) {
  // A proof carries a real file of the finding's proofs space (the API checks every document id).
  // Uploaded before the finding is read, so the version sent is the one just read.
  const files =
    kind === 'proof' ? { documentIds: [await api.upload('applicant', `finding:${findingId}:proofs`)] } : {};
  let f = await api.call<Finding>('applicant', 'GET', `/findings/${findingId}`);
  f = await api.call<Finding>('applicant', 'POST', `/findings/${findingId}/items`, {
    version: f.version,
    kind,
    text,
    ...files,
  });
  const item = f.items.filter((i) => i.kind === kind).at(-1);
  await api.call('applicant', 'PUT', `/findings/${findingId}/items/${item?.id}/ready`, {
    version: f.version,
    kind,
    ready: true,
  });
  await api.call('applicant', 'POST', `/dossiers/${dossier.id}/findings/send`, { kind });
}

/** The applicant rewrites the item sent back for clarification and sends it again. */
async function applicantResends(findingId: string, kind: 'measure' | 'proof', text: string) {
  const f = await api.call<Finding>('applicant', 'GET', `/findings/${findingId}`);
  const item = f.items.filter((i) => i.kind === kind).at(-1);
  const edited = await api.call<Finding>('applicant', 'PUT', `/findings/${findingId}/items/${item?.id}`, {
    version: f.version,
    kind,
    text,
  });
  await api.call('applicant', 'PUT', `/findings/${findingId}/items/${item?.id}/ready`, {
    version: edited.version,
    kind,
    ready: true,
  });
  await api.call('applicant', 'POST', `/dossiers/${dossier.id}/findings/send`, { kind });
}

test.beforeAll(async () => {
  api = await Api.signIn();
  ({ dossier } = await labelDossier(api));
});

// The certificate granted (then suspended) here would refuse the next journey's application.
test.afterAll(() => withdrawDemoCertificates(api));

test('the cb_admin finds the new dossier in the queue and assigns it to an analyst', async ({ page }) => {
  const analyst = await api.call<{ firstName: string; lastName: string }>(
    'cbAdmin',
    'GET',
    `/users/${api.subject('analyst')}`,
  );
  const analystName = `${analyst.firstName} ${analyst.lastName}`;
  await signIn(page, '/sign-in', 'cb.admin@certhub.local');
  // The dashboard counts the queue's steps; each count opens its view.
  await page.getByRole('link', { name: 'À instruire' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'File de travail' })).toBeVisible();
  await expect(page).toHaveURL(/view=to_instruct/);
  await page.getByRole('textbox', { name: 'Référence' }).fill(dossier.reference);
  await expect(page).toHaveURL(new RegExp(`q=${dossier.reference}`));
  const row = page.getByRole('row', { name: new RegExp(dossier.reference) });
  await expect(row).toBeVisible();
  await expect(row.getByText('Questionnaire saisi')).toBeVisible();
  await expect(row.getByText('Non attribué')).toBeVisible();
  await row.getByRole('checkbox', { name: `Sélectionner ${dossier.reference}` }).check();
  await page.getByRole('combobox', { name: 'Attribuer à' }).click();
  await page.getByRole('option', { name: analystName }).click();
  await page.getByRole('button', { name: 'Attribuer', exact: true }).click();
  await expect(page.getByText(`1 dossier attribué à ${analystName}`)).toBeVisible();
  await expect(row.getByText(analystName)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '60-cb-queue-fr');
  // The filters survive a reload: they live in the URL.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Référence' })).toHaveValue(dossier.reference);
  await expect(page.getByRole('combobox', { name: 'Vue' })).toHaveValue('À instruire');
});

test('the analyst instructs: a finding on an answer, closed once corrected; admissible; contract', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, '/cb/queue', 'analyst@certhub.local');
  await page.getByRole('link', { name: dossier.reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: dossier.reference })).toBeVisible();
  const trail = page.getByRole('complementary', { name: 'Historique du dossier' });
  await expect(trail.getByText('Questionnaire soumis')).toBeVisible();
  await expect(trail.getByText('Analyste désigné')).toBeVisible();

  await page.getByRole('button', { name: 'Relever un écart sur la question 2', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Description de l’écart (question 2)' })
    .fill('Indiquez la raison sociale complète, forme juridique comprise');
  await page.getByRole('button', { name: 'Enregistrer l’écart' }).click();
  await expect(page.locator('#review-q2').getByText('À traiter')).toBeVisible();
  await expect(page.getByText('Écarts sur le questionnaire').first()).toBeVisible();
  await expect(trail.getByText('Écart relevé sur le questionnaire')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '61-cb-instruction-finding-fr');

  // The organisation answers and sends the corrected questionnaire back.
  const { items } = await api.call<{ items: { id: string; number: string }[] }>(
    'applicant',
    'GET',
    `/dossiers/${dossier.id}/questionnaire/findings`,
  );
  const qf = items[0] as { id: string; number: string };
  await api.call('applicant', 'POST', `/dossiers/${dossier.id}/questionnaire/findings/${qf.id}/answer`, {
    correctiveAction: 'Raison sociale complétée (SAS)',
    correctedAnswer: { value: 'Ateliers Démo CertHub SAS' },
  });
  await api.call('applicant', 'POST', `/dossiers/${dossier.id}/questionnaire/resubmit`, {});

  await page.reload();
  await expect(page.getByText('Questionnaire corrigé').first()).toBeVisible();
  await expect(page.getByText('Réponse de l’organisation : Raison sociale complétée (SAS)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Déclarer recevable' })).toBeDisabled();
  await page.getByRole('button', { name: `Lever l’écart ${qf.number}` }).click();
  await expect(page.locator('#review-q2').getByText('Levé')).toBeVisible();
  await page.getByRole('button', { name: 'Déclarer recevable' }).click();
  const declare = page.getByRole('dialog', { name: `Déclarer ${dossier.reference} recevable ?` });
  await declare.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('Recevable', { exact: true }).first()).toBeVisible();

  await page.getByRole('textbox', { name: /Référence du contrat/ }).fill('CT-E2E-CB');
  await page.getByLabel(/Signé le/).fill(today());
  await page.getByRole('button', { name: 'Enregistrer le contrat' }).click();
  await expect(page.getByText(/Contrat CT-E2E-CB signé le/)).toBeVisible();
  await expect(page.getByText('Contractualisé', { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '62-cb-instruction-contracted-fr');
});

test('the analyst reviews two non-conformities: measures, proofs, a clarification, the thread', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const scheme = await api.call<{ chapters: { requirements: { id: string }[] }[] }>(
    'analyst',
    'GET',
    '/schemes/label-engagement',
  );
  const [first, second] = scheme.chapters.flatMap((c) => c.requirements).map((r) => r.id);
  // Yesterday: the applicant's journey books the same auditor today.
  const audit = await completedAudit(api, dossier.id, -1);
  const major = await api.call<Finding>('auditor', 'POST', `/audits/${audit.id}/findings`, {
    requirementId: first,
    severity: 'major',
    description: 'Les réclamations ne sont pas enregistrées',
    dueDate: today(30),
  });
  const minor = await api.call<Finding>('auditor', 'POST', `/audits/${audit.id}/findings`, {
    requirementId: second,
    severity: 'minor',
    description: 'Le délai de réponse n’est pas affiché',
    dueDate: today(45),
    closingMeetingMeasures: 'Affichage du délai à l’accueil',
  });
  await api.call('auditor', 'POST', `/audits/${audit.id}/findings-recorded`, { version: audit.version });

  await signIn(page, `/cb/findings?dossier=${dossier.id}`, 'analyst@certhub.local');
  await expect(page.getByRole('heading', { level: 1, name: 'Revue des écarts d’audit' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(major.number) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(minor.number) })).toBeVisible();
  await page.getByRole('combobox', { name: 'Gravité' }).click();
  await page.getByRole('option', { name: 'Majeur' }).click();
  await expect(page).toHaveURL(/severity=major/);
  await expect(page.getByRole('row', { name: new RegExp(minor.number) })).toBeHidden();
  await expectAccessible(page);
  await screenshot(page, '63-cb-review-list-fr');

  // The major one: confirmed, measures asked, accepted; proofs asked, one sent back, then accepted.
  await page.getByRole('link', { name: major.number }).click();
  await expect(page.getByRole('heading', { level: 1, name: major.number })).toBeVisible();
  await page.getByRole('button', { name: 'Confirmer l’écart' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('Confirmé', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Demander les mesures correctives' }).click();
  const askMeasures = page.getByRole('dialog');
  await askMeasures.getByRole('textbox').fill('Merci de préciser le registre envisagé');
  await askMeasures.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('Mesures correctives demandées', { exact: true }).first()).toBeVisible();

  await applicantSends(major.id, 'measure', 'Registre des réclamations tenu à l’accueil');
  await page.reload();
  await page.getByRole('button', { name: /^Accepter : Registre des réclamations/ }).click();
  await expect(page.getByText('Mesures acceptées', { exact: true }).first()).toBeVisible();
  await page
    .getByRole('textbox', { name: `Votre message (${major.number})` })
    .fill('Merci, la mesure convient.');
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(page.getByText('Merci, la mesure convient.')).toBeVisible();
  await page.getByRole('button', { name: 'Demander les preuves' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('Preuves demandées', { exact: true }).first()).toBeVisible();

  await applicantSends(major.id, 'proof', 'Photo du registre');
  await page.reload();
  await page.getByRole('button', { name: 'Demander des précisions' }).click();
  await page
    .getByRole('textbox', { name: 'Précisions demandées' })
    .fill('Joignez un extrait daté du registre');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.getByText('Précisions demandées sur les preuves', { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '64-cb-finding-clarification-fr');

  await applicantResends(major.id, 'proof', 'Extrait daté du registre');
  await page.reload();
  await page.getByRole('button', { name: /^Accepter : Extrait daté/ }).click();
  await expect(page.getByText(/Écart levé le/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '65-cb-finding-closed-fr');

  // The minor one: measures agreed at the closing meeting, proofs asked at once.
  await page.goto(portalUrl(`/cb/findings/${minor.id}`));
  await page.getByRole('button', { name: 'Confirmer l’écart' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText(/Des mesures ont été convenues en réunion de clôture/)).toBeVisible();
  await page.getByRole('button', { name: 'Demander les preuves' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
  // The request must have landed before the applicant reads the finding's version.
  await expect(page.getByRole('dialog')).toBeHidden();
  await applicantSends(minor.id, 'proof', 'Photo de l’affichage');
  await page.reload();
  await page.getByRole('button', { name: /^Accepter : Photo de l’affichage/ }).click();
  await expect(page.getByText(/Écart levé le/)).toBeVisible();
  await expect(async () => {
    const d = await api.call<{ status: string }>('analyst', 'GET', `/dossiers/${dossier.id}`);
    expect(d.status).toBe('decision_pending');
  }).toPass({ timeout: 30_000 });
});

test('the decision-maker decides with the keyboard only, then suspends; the public sees it', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, `/cb/dossiers/${dossier.id}/decision`, 'decider@certhub.local');
  await expect(
    page.getByRole('heading', { level: 1, name: `Décision — ${dossier.reference}` }),
  ).toBeVisible();
  await expect(page.getByText('Décision initiale')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer la décision' })).toBeDisabled();
  await expectAccessible(page);

  await tabTo(page, /Accorder la certification/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Accorder la certification' })).toBeChecked();
  await tabTo(page, /Enregistrer la décision/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Confirmer la décision sur ${dossier.reference}` });
  await expect(dialog.getByRole('textbox', { name: /Motif de la décision/ })).toBeFocused();
  await page.keyboard.type('Les deux écarts sont levés ; le comité accorde la certification.');
  await screenshot(page, '66-cb-decision-confirm-fr');
  await tabTo(page, /Confirmer et enregistrer/, 5);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Certifié', { exact: true }).first()).toBeVisible();
  const certificate = page.getByRole('region', { name: 'Certificat' });
  await expect(certificate.getByText('Valide', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Décisions prises' }).getByText('Accorder la certification'),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '67-cb-decision-granted-fr');

  const d = await api.call<{ certificate: { number: string } }>('decider', 'GET', `/dossiers/${dossier.id}`);
  certificateNumber = d.certificate.number;
  // A visitor, no sign-in, ready before the suspension: the 5 s count from the CB's confirmation.
  const visitor = await browser.newContext();
  const registry = await visitor.newPage();
  await certificate.getByRole('button', { name: 'Suspendre' }).click();
  const suspend = page.getByRole('dialog', { name: `Suspendre le certificat ${certificateNumber} ?` });
  await suspend.getByRole('textbox', { name: /Motif/ }).fill('Réclamation fondée en cours d’instruction');
  await suspend.getByRole('button', { name: 'Confirmer' }).click();
  await expect(certificate.getByText('Suspendu', { exact: true })).toBeVisible();
  // The public page of the certificate says "suspended" within 5 s of it.
  await expect(async () => {
    await registry.goto(portalUrl(`/registry/${encodeURIComponent(certificateNumber)}`));
    await expect(registry.getByRole('status')).toContainText('Certificat suspendu', { timeout: 1_000 });
  }).toPass({ timeout: 5_000 });
  await expect(certificate.getByRole('button', { name: 'Rétablir' })).toBeVisible();
  await screenshot(page, '68-cb-suspended-fr');
  await expect(registry.getByText('CertHub Démo Certification')).toBeVisible();
  await expect(registry).toHaveTitle(`Certificat ${certificateNumber} · CertHub`);
  await expectAccessible(registry);
  await screenshot(registry, '69-registry-suspended-fr');
  await visitor.close();
});

test('another CB’s dossier, reached by a deep link, reads "not found"; the queue in English', async ({
  page,
}) => {
  const other = await api.call<{ id: string }>('platform', 'POST', '/certification-bodies', {
    code: `e2e-${Date.now().toString(36)}`,
    name: 'Autre Certification E2E',
    address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
    certificateNumberPrefix: 'AUTRE',
  });
  // Another scheme: the organisation still holds the label's (suspended) certificate.
  const foreign = await api.call<{ id: string; reference: string }>('applicant', 'POST', '/dossiers', {
    schemeId: 'amarc',
    level: 'A',
    cbId: other.id,
  });
  await signIn(page, `/cb/dossiers/${foreign.id}`, 'analyst@certhub.local');
  await expect(page.getByRole('heading', { level: 1, name: 'Cette page n’existe pas.' })).toBeVisible();
  await expect(page.getByText('Ce dossier n’existe pas ou ne relève pas de votre organisme.')).toBeVisible();
  await expect(page.getByText(foreign.reference)).toBeHidden();
  await expectAccessible(page);
  await screenshot(page, '70-cb-not-found-fr');

  await page.goto(portalUrl('/cb/queue?view=certified'));
  await page.locator('label', { hasText: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Work queue' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'View' })).toHaveValue('Certified and suspended');
  await expect(page.getByRole('row', { name: new RegExp(dossier.reference) })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '71-cb-queue-en');
});
