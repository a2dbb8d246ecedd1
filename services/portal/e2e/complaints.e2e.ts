import { eventSubject, newCloudEvent } from '@certhub/contracts';
import { MailSink, uniqueId } from '@certhub/testing';
import { expect, test, type Page } from '@playwright/test';
import { Workbook } from 'exceljs';
import { Api } from './support/api';
import { amarcCertificate, stackNats } from './support/certificates';
import { labelDossier } from './support/questionnaire';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard, tabTo } from './support/portal';

/**
 * Complaints and appeals in the browser, in French, against the real stack: a visitor lodges a
 * complaint with a file attached, with the keyboard alone, and follows it through the mailed private
 * link; the CB's administrator takes it in charge (the visitor's file on its page) and its handler
 * closes it with an answer the visitor then reads;
 * an organisation appeals a refusal from its dossier, the analyst who refused it is refused as
 * handler, another person upholds it and reviews the decision, which reopens the dossier. Then in
 * English: a visitor complains from a certificate's public page, and the register's figures and its
 * Excel export for the CB's and the platform's administrators.
 */
test.describe.configure({ mode: 'serial' });

let api: Api;
const email = `${uniqueId('plaignant-')}@example.org`;
let reference: string;
let followPath: string;

const signIn = async (page: Page, path: string, username: string) => {
  await page.goto(portalUrl(path));
  await signInWithKeyboard(page, username);
};

test.beforeAll(async () => {
  api = await Api.signIn();
});

test('a visitor lodges a complaint with the keyboard and follows it through the mailed link', async ({
  page,
}) => {
  await page.goto(portalUrl('/complaints/new?cb=cb-demo'));
  await expect(page.getByRole('heading', { level: 1, name: 'Déposer une réclamation' })).toBeVisible();
  // Nothing filled: each required field says so, the first one takes the focus.
  await page.getByRole('button', { name: 'Envoyer la réclamation' }).click();
  await expect(page.getByRole('textbox', { name: /Sujet/ })).toBeFocused();
  await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
  await page.keyboard.type('Délais de l’organisme');
  await tabTo(page, /Les faits/);
  await page.keyboard.type('Rapport d’audit reçu trois mois après la visite.');
  // A file attached with the keyboard: the button opens the chooser; the limits are said beside it.
  await expect(page.getByText(/30 fichiers au plus, 10 Mo chacun au plus/)).toBeVisible();
  await tabTo(page, /Joindre des fichiers/);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (
    await chooser
  ).setFiles({ name: 'constat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7\n${email}`) });
  await expect(page.getByText('constat.pdf')).toBeVisible();
  await tabTo(page, /Nom et prénom/);
  await page.keyboard.type('Marie Plaignante');
  await tabTo(page, /Adresse e-mail/);
  await page.keyboard.type(email);
  await expectAccessible(page);
  await screenshot(page, '80-complaint-form-fr');
  await tabTo(page, /Envoyer la réclamation/);
  await page.keyboard.press('Enter');
  const done = page.getByRole('heading', { level: 1, name: /Réclamation .+ enregistrée/ });
  await expect(done).toBeVisible();
  reference = ((await done.textContent()) ?? '').replace(/^Réclamation (\S+) enregistrée$/, '$1');
  // The file chosen goes once the complaint is lodged, with the authorisation its lodging answers.
  await expect(page.getByText('constat.pdf : envoyé')).toBeVisible();

  const mail = await MailSink.waitForMail(email, (m) => m.subject.includes(reference), 30_000);
  const token = mail.text?.match(/\/complaints\/follow\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/)?.[1];
  expect(token).toBeDefined();
  followPath = `/complaints/follow/${token}`;
  await page.goto(portalUrl(followPath));
  await expect(
    page.getByRole('heading', { level: 1, name: `Suivi de la réclamation ${reference}` }),
  ).toBeVisible();
  await expect(page.getByText('Reçue', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Vos pièces jointes' }).getByText('constat.pdf'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Joindre des fichiers' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '81-complaint-follow-fr');
});

test('an organisation signed in complains about its CB: the reference at once, the acknowledgement in its inbox', async ({
  page,
}) => {
  // The lodging page is public: signed in first, from the inbox.
  await signIn(page, '/notifications', 'org.admin@certhub.local');
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(portalUrl('/complaints/new?cb=cb-demo'));
  await expect(page.getByRole('heading', { level: 1, name: 'Déposer une réclamation' })).toBeVisible();
  // About the CB itself by default; the contact comes from the account.
  await expect(page.getByRole('radio', { name: /organisme certificateur/i })).toBeChecked();
  await page.getByRole('textbox', { name: /Sujet/ }).fill('Audit reporté sans explication');
  await page
    .getByRole('textbox', { name: /Les faits/ })
    .fill('La visite prévue le 3 mars a été reportée trois fois.');
  await expect(page.getByRole('textbox', { name: /Adresse e-mail/ })).not.toHaveValue('');
  await page.getByRole('button', { name: 'Envoyer la réclamation' }).click();
  const done = page.getByRole('heading', { level: 1, name: /Réclamation .+ enregistrée/ });
  await expect(done).toBeVisible();
  const lodged = ((await done.textContent()) ?? '').replace(/^Réclamation (\S+) enregistrée$/, '$1');
  await expect(
    page.getByText('Vous retrouvez aussi cet accusé de réception et le lien dans vos notifications.'),
  ).toBeVisible();
  // The same acknowledgement in the organisation's inbox, its link to the private follow page.
  await page.goto(portalUrl('/notifications'));
  const entry = page.getByText(`Votre réclamation ${lodged} est enregistrée`);
  await expect(entry).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page);
});

test('the cb_admin takes it in charge, its handler answers, the visitor reads the answer', async ({
  page,
  browser,
}) => {
  await signIn(page, '/complaints', 'cb.admin@certhub.local');
  await expect(page.getByRole('heading', { level: 1, name: 'Registre des réclamations' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Statut' }).click();
  await page.getByRole('option', { name: 'Reçue' }).click();
  await expect(page).toHaveURL(/status=received/);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Réclamation ${reference}` })).toBeVisible();
  await expect(page.getByText('Marie Plaignante')).toBeVisible();
  // The visitor's file, for the staff handling the complaint.
  await expect(
    page.getByRole('region', { name: 'Pièces jointes par le réclamant' }).getByText('constat.pdf'),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Prendre en charge' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prendre la réclamation en charge' });
  await dialog.getByRole('combobox', { name: /Personne chargée/ }).click();
  const analyst = await api.call<{ firstName: string; lastName: string }>(
    'cbAdmin',
    'GET',
    `/users/${api.subject('analyst')}`,
  );
  await page.getByRole('option', { name: `${analyst.firstName} ${analyst.lastName}` }).click();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('En instruction', { exact: true })).toBeVisible();
  await screenshot(page, '82-complaint-taken-fr');
  const complaintUrl = page.url();

  const handler = await (await browser.newContext()).newPage();
  await signIn(handler, new URL(complaintUrl).pathname, 'analyst@certhub.local');
  await handler.getByRole('button', { name: 'Clore avec une réponse' }).click();
  const answer = handler.getByRole('dialog', { name: 'Clore la réclamation' });
  await answer.getByRole('combobox', { name: /Issue/ }).click();
  await handler.getByRole('option', { name: 'Fondée', exact: true }).click();
  await answer
    .getByRole('textbox', { name: /Réponse motivée/ })
    .fill('Le délai de remise des rapports est désormais suivi chaque semaine.');
  await answer.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(handler.getByText('Close', { exact: true })).toBeVisible();
  await expectAccessible(handler);
  await handler.context().close();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(portalUrl(followPath));
  await expect(
    visitor.getByText('Le délai de remise des rapports est désormais suivi chaque semaine.'),
  ).toBeVisible();
  await expect(visitor.getByText('Fondée')).toBeVisible();
  // The complainant never reads who handled the case.
  await expect(visitor.getByText(analyst.lastName)).toHaveCount(0);
  await visitor.context().close();
});

test('an organisation appeals a refusal; the analyst who refused cannot handle it; upheld, the dossier reopens', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { dossier } = await labelDossier(api);
  await api.call('cbAdmin', 'PUT', `/dossiers/${dossier.id}/analyst`, { analystId: api.subject('analyst') });
  await api.call('analyst', 'POST', `/dossiers/${dossier.id}/refusal`, {
    reason: 'Périmètre hors référentiel',
  });

  await signIn(page, `/dossiers/${dossier.id}`, 'org.admin@certhub.local');
  await page.getByRole('link', { name: 'Faire appel d’une décision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Faire appel d’une décision' })).toBeVisible();
  await page.getByRole('combobox', { name: /Décision contestée/ }).click();
  await page.getByRole('option', { name: 'Refus' }).click();
  await page
    .getByRole('textbox', { name: /Motifs de l’appelant/ })
    .fill('Le périmètre relève bien du référentiel : voir le chapitre 2.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Déposer le recours' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Recours / });
  await expect(heading).toBeVisible();
  await expect(page.getByText('La décision reste en vigueur pendant l’examen du recours.')).toBeVisible();
  await screenshot(page, '83-appeal-lodged-fr');
  const appealPath = new URL(page.url()).pathname;
  // The dossier's page says the appeal is pending and the refusal stays in force meanwhile.
  await page.goto(portalUrl(`/dossiers/${dossier.id}`));
  await expect(page.getByText(/^Recours .+ en cours \(Refus\)$/)).toBeVisible();
  await expect(page.getByText(/La décision contestée reste en vigueur/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voir le recours' })).toHaveAttribute('href', appealPath);
  await expectAccessible(page);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, appealPath, 'cb.admin@certhub.local');
  const people = await api.call<{ items: { id: string; firstName: string; lastName: string }[] }>(
    'cbAdmin',
    'GET',
    '/users?pageSize=100',
  );
  const nameOf = (actor: 'analyst' | 'decider') => {
    const user = people.items.find((u) => u.id === api.subject(actor));
    return `${user?.firstName} ${user?.lastName}`;
  };
  await admin.getByRole('button', { name: 'Désigner la personne chargée' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Désigner qui traite le recours' });
  const assign = async (who: 'analyst' | 'decider') => {
    await dialog.getByRole('combobox', { name: /Personne chargée/ }).click();
    await admin.getByRole('option', { name: nameOf(who) }).click();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  };
  // The analyst took part in the dossier: refused, said beside the field; another person is taken.
  await assign('analyst');
  await expect(
    dialog.getByText(/a pris part au dossier .+ ne peut pas traiter le recours en toute impartialité/),
  ).toBeVisible();
  await expect(dialog.getByText(/not impartial/)).toHaveCount(0);
  await expectAccessible(admin);
  await assign('decider');
  await expect(admin.getByText('En instruction', { exact: true })).toBeVisible();
  await admin.context().close();

  const decider = await (await browser.newContext()).newPage();
  await signIn(decider, appealPath, 'decider@certhub.local');
  await decider.getByRole('button', { name: 'Admettre le recours' }).click();
  const uphold = decider.getByRole('dialog', { name: 'Admettre le recours' });
  await uphold.getByRole('textbox', { name: /Réponse motivée/ }).fill('Le chapitre 2 couvre ce périmètre.');
  await uphold.getByRole('button', { name: 'Confirmer' }).click();
  await expect(decider.getByText('Admis', { exact: true })).toBeVisible();
  await decider.getByRole('button', { name: 'Réviser la décision' }).click();
  const review = decider.getByRole('dialog', { name: 'Réviser la décision par le cycle du dossier' });
  await review.getByRole('textbox', { name: /Motif/ }).fill('Recevabilité à réexaminer');
  await review.getByRole('button', { name: 'Confirmer' }).click();
  await expect(decider.getByText('Décision révisée', { exact: true })).toBeVisible();
  await expectAccessible(decider);
  await screenshot(decider, '84-appeal-reviewed-fr');
  await decider.context().close();

  // The refusal is taken back: the application waits for its admissibility again.
  expect(await api.call<{ status: string }>('analyst', 'GET', `/dossiers/${dossier.id}`)).toMatchObject({
    status: 'submitted',
  });
  await page.goto(portalUrl(appealPath));
  await expect(page.getByText('Décision révisée', { exact: true })).toBeVisible();
});

/** A certificate of the demo CB in the public registry, as the dossier service issues it; its number. */
async function certificateInRegistry(): Promise<{ number: string; holder: string }> {
  const nats = await stackNats();
  const certificate = amarcCertificate('RC', 'Traiteur Réclamé SAS', {
    line1: '3 quai des Plaintes',
    postalCode: '69002',
    city: 'Lyon',
    country: 'France',
  });
  try {
    const event = newCloudEvent('certhub.certificate.issued.v1', certificate, {
      source: 'certhub/dossier',
      tenantId: 'cb-demo',
    });
    await nats
      .jetstream()
      .publish(eventSubject('certhub.certificate.issued.v1'), JSON.stringify(event), { msgID: event.id });
  } finally {
    await nats.close();
  }
  return { number: certificate.number, holder: certificate.holder.name };
}

const inEnglish = async (page: Page) => {
  await page.evaluate(() => localStorage.setItem('certhub.language', 'en'));
  await page.reload();
};

let englishReference: string;

test('in English, a visitor complains about a certified organisation from its certificate’s public page', async ({
  page,
}) => {
  const { number, holder } = await certificateInRegistry();
  await expect(async () => {
    await page.goto(portalUrl(`/registry/${encodeURIComponent(number)}`));
    await expect(page.getByText(holder).first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await inEnglish(page);
  await page.getByRole('link', { name: 'Report a problem with this holder: lodge a complaint' }).click();
  await expect(page).toHaveURL(new RegExp(`/complaints/new\\?certificate=${number}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Lodge a complaint' })).toBeVisible();
  // The certificate names its holder and its CB: the visitor chooses neither.
  await expect(
    page.getByText(`About certificate ${number} of ${holder}, issued by CertHub Démo Certification.`),
  ).toBeVisible();
  await expect(page.getByText(/never disclosed to the organisation concerned/)).toBeVisible();
  const visitor = `${uniqueId('visitor-')}@example.org`;
  await page.getByRole('textbox', { name: /Subject/ }).fill('Dishes delivered cold, no answer to my claim');
  await page
    .getByRole('textbox', { name: /The facts/ })
    .fill('Delivered on 3 May at 14:00, cold; two e-mails unanswered.');
  await page.getByRole('textbox', { name: /Full name/ }).fill('John Visitor');
  await page.getByRole('textbox', { name: /E-mail address/ }).fill(visitor);
  await expectAccessible(page);
  await screenshot(page, '85-complaint-certificate-en');
  await page.getByRole('button', { name: 'Send the complaint' }).click();
  const done = page.getByRole('heading', { level: 1, name: /^Complaint .+ recorded$/ });
  await expect(done).toBeVisible();
  englishReference = ((await done.textContent()) ?? '').replace(/^Complaint (\S+) recorded$/, '$1');
  // The acknowledgement comes in the language of the form.
  const mail = await MailSink.waitForMail(visitor, (m) => m.subject.includes(englishReference), 30_000);
  expect(mail.subject).toBe(`Your complaint ${englishReference} is registered`);
  // Taken in the CB's register about that certificate.
  const register = await api.call<{ items: { reference: string; certificateNumber?: string }[] }>(
    'cbAdmin',
    'GET',
    '/complaints?about=certified_organisation&pageSize=100',
  );
  expect(register.items.find((c) => c.reference === englishReference)).toMatchObject({
    certificateNumber: number,
  });
});

test('in English, the register’s figures and its Excel export, for the CB and for the platform', async ({
  page,
  browser,
}) => {
  /** Signed in on the figures, in French (its own strings loaded, reached straight); then English. */
  const figuresInEnglish = async (reader: Page, username: string) => {
    await signIn(reader, '/complaints/statistics', username);
    await expect(
      reader.getByRole('heading', { level: 1, name: 'Réclamations et recours : indicateurs' }),
    ).toBeVisible();
    await inEnglish(reader);
    await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
  };
  await figuresInEnglish(page, 'cb.admin@certhub.local');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Complaints and appeals: figures' }),
  ).toBeVisible();
  await expect(page.getByText('Mean time to take in charge')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '86-complaint-figures-en');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the register (Excel)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^certhub-complaints-register-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(await file.path());
  const rows = JSON.stringify(workbook.getWorksheet('Complaints')?.getSheetValues());
  expect(rows).toContain(englishReference);
  // What leaves the handling staff's hands never names a complainant.
  expect(rows).not.toMatch(/John Visitor|Marie Plaignante|example\.org/);

  const platform = await (await browser.newContext()).newPage();
  await figuresInEnglish(platform, 'platform.admin@certhub.local');
  await expect(
    platform.getByRole('heading', { level: 1, name: 'Complaints and appeals: figures' }),
  ).toBeVisible();
  await platform.getByRole('textbox', { name: 'Body (id)' }).fill('cb-demo');
  await expect(platform).toHaveURL(/[?&]cb=cb-demo/);
  await expect(platform.getByText('Mean time to take in charge')).toBeVisible();
  await expectAccessible(platform);
  await platform.context().close();
});
