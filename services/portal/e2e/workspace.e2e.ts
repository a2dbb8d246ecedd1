import type { Questionnaire } from '@certhub/contracts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { clientCredentialsToken, removeClients } from '@certhub/testing';
import { Api, today } from './support/api';
import { answered } from './support/questionnaire';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard } from './support/portal';

/**
 * The CB's workspace beyond one dossier's instruction, each role in its own browser session: the
 * cb_admin's queue filters and bulk assignment, the analyst's planning (a double booking refused on
 * its days), the auditor's intervention (report, a finding against the requirements tree), the key
 * figures of a CB and of the platform, and the public register, its certificate page read without
 * JavaScript. Its audits take days no other journey books for the same demo auditor: two days ago.
 */
test.describe.configure({ mode: 'serial' });

let api: Api;
const dossiers: { id: string; reference: string }[] = [];
let auditId = '';

const signIn = async (page: Page, path: string, username: string) => {
  await page.goto(portalUrl(path));
  await signInWithKeyboard(page, username);
};

test.beforeAll(async () => {
  api = await Api.signIn();
  const scheme = await api.call<{ questionnaire: Questionnaire }>('applicant', 'GET', '/schemes/amarc');
  for (const reference of ['CT-WS-1', 'CT-WS-2']) {
    const dossier = await api.call<{ id: string; reference: string }>('applicant', 'POST', '/dossiers', {
      schemeId: 'amarc',
      level: 'A',
      cbId: 'cb-demo',
    });
    await answered(api, dossier.id, scheme.questionnaire);
    await api.call('applicant', 'POST', `/dossiers/${dossier.id}/questionnaire/submit`, {});
    await api.call('analyst', 'POST', `/dossiers/${dossier.id}/admissibility`);
    await api.call('analyst', 'PUT', `/dossiers/${dossier.id}/contract`, { reference, signedOn: today() });
    dossiers.push(dossier);
  }
  const audit = await api.call<{ id: string }>('analyst', 'POST', `/dossiers/${dossiers[0]?.id}/audits`, {
    type: 'initial',
    startDate: today(-2),
    endDate: today(-2),
    auditorIds: [api.subject('auditor')],
  });
  auditId = audit.id;
});

test('the cb_admin filters the queue in the URL and assigns two dossiers in one go', async ({ page }) => {
  await signIn(page, '/cb/queue?view=audit&analyst=none', 'cb.admin@certhub.local');
  const table = page.getByRole('table');
  for (const d of dossiers) await expect(table.getByRole('link', { name: d.reference })).toBeVisible();
  // The organisation is named, not its id.
  await expect(table.getByRole('row', { name: new RegExp(dossiers[0]?.reference ?? '') })).toContainText(
    'Démo',
  );
  await expectAccessible(page);
  for (const d of dossiers) await page.getByRole('checkbox', { name: `Sélectionner ${d.reference}` }).check();
  await page.getByRole('combobox', { name: 'Attribuer à' }).click();
  await page.getByRole('option').first().click();
  await page.getByRole('button', { name: 'Attribuer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /2 dossiers attribués/ })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Écarts échus seulement' }).check();
  await expect(page).toHaveURL(/overdue=true/);
  await screenshot(page, '60-queue-filters-fr');
});

test('the cb_admin invites an auditor within his ceiling, then deactivates him', async ({ page }) => {
  await signIn(page, '/cb/users', 'cb.admin@certhub.local');
  await expect(page.getByRole('heading', { level: 1, name: 'Personnel de l’organisme' })).toBeVisible();
  const email = `auditeur.${Date.now().toString(36)}@cb-demo.test`;
  const form = page.getByRole('region', { name: 'Inviter un utilisateur' });
  await form.getByRole('textbox', { name: 'Prénom' }).fill('Paul');
  await form.getByRole('textbox', { name: 'Nom de famille' }).fill('Invité');
  await form.getByRole('textbox', { name: 'E-mail' }).fill(email);
  // His own side's roles only, none above his own.
  await form.getByRole('combobox', { name: 'Rôle' }).click();
  await expect(page.getByRole('option', { name: 'Administrateur de la plateforme' })).toHaveCount(0);
  await page.getByRole('option', { name: 'Auditeur', exact: true }).click();
  await form.getByRole('button', { name: 'Inviter' }).click();
  await expect(form.getByRole('status')).toContainText(`${email} est invité`);
  await page.getByRole('textbox', { name: 'Nom ou e-mail' }).fill(email);
  const row = page.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
  await expect(row.getByText('Actif')).toBeVisible();
  await expectAccessible(page);
  await row.getByRole('button', { name: 'Désactiver Paul Invité' }).click();
  await expect(row.getByText('Désactivé')).toBeVisible();
  await expect(row.getByRole('button', { name: 'Réactiver Paul Invité' })).toBeVisible();
  await screenshot(page, '60b-cb-users-fr');
});

test('the analyst books an auditor already booked: the refusal shows on the day asked for', async ({
  page,
}) => {
  await signIn(page, '/cb/planning?view=week', 'analyst@certhub.local');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Planification des interventions' }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Dossier' }).fill(dossiers[1]?.reference ?? '');
  await page.getByRole('option', { name: new RegExp(dossiers[1]?.reference ?? '') }).click();
  await page.getByLabel('Premier jour').fill(today(-2));
  await page.getByLabel('Dernier jour').fill(today(-2));
  await page.getByRole('textbox', { name: 'Auditeurs' }).fill(api.subject('auditor'));
  await page.getByRole('button', { name: 'Planifier', exact: true }).click();
  const grid = page.getByRole('list', { name: 'Jours de la période' });
  const refused = grid.getByRole('alert');
  await expect(refused).toContainText('Réservation refusée sur ces jours');
  // The booked intervention is on the same day, linked.
  await expect(grid.getByRole('link', { name: 'Audit initial' }).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '61-planning-refusal-fr');
  await page.locator('label', { hasText: 'Liste' }).click();
  await expect(page).toHaveURL(/view=list/);
  await expectAccessible(page);
});

test('the auditor files the report and records a finding against a requirement', async ({ page }) => {
  await signIn(page, '/cb/audits?when=past', 'auditor@certhub.local');
  await expect(page.locator(`a[href="/cb/audits/${auditId}"]`).first()).toBeVisible();
  await expectAccessible(page);
  await page.locator(`a[href="/cb/audits/${auditId}"]`).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intervention' })).toBeVisible();
  await page.locator('.drop-zone input[type=file]').setInputFiles({
    name: 'rapport.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n'),
  });
  await expect(page.getByRole('button', { name: 'Déposer le rapport' })).toBeEnabled();
  await page.getByRole('button', { name: 'Déposer le rapport' }).click();
  await expect(page.getByText('Le rapport est déposé.')).toBeVisible();
  const tree = page.getByRole('region', { name: 'Exigences du référentiel' });
  await tree.getByRole('button').first().click();
  await expect(tree.getByText('Vérification documentaire').first()).toBeVisible();
  await tree.getByRole('button', { name: 'Relever un écart' }).first().click();
  await tree.getByRole('combobox', { name: 'Gravité' }).click();
  await page.getByRole('option', { name: 'Majeur' }).click();
  await tree
    .getByRole('textbox', { name: 'Constat' })
    .fill('Aucune procédure de traitement des réclamations');
  await tree.getByRole('button', { name: /Enregistrer l’écart sur/ }).click();
  const findings = page.getByRole('region', { name: 'Écarts de l’intervention' });
  await expect(findings.getByRole('link', { name: /^NC/ })).toBeVisible();
  // His evidence goes with the finding, into its own upload context.
  await findings
    .locator('.drop-zone input[type=file]')
    .first()
    .setInputFiles({
      name: 'registre-vide.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% registre des réclamations vide\n%%EOF\n'),
    });
  await expect(findings.getByRole('list', { name: /Éléments de preuve de l’auditeur/ })).toContainText(
    'registre-vide.pdf',
  );
  await expectAccessible(page);
  await screenshot(page, '62-auditor-finding-fr');
  await findings.getByRole('button', { name: 'Déclarer la saisie des écarts terminée' }).click();
  await expect(findings.getByRole('button', { name: 'Déclarer la saisie des écarts terminée' })).toBeHidden();
});

test('the CB’s and the platform’s key figures, each chart exportable', async ({ browser }) => {
  // axe runs in pages of a context of their own.
  const cbContext = await browser.newContext();
  const cb = await cbContext.newPage();
  await signIn(cb, '/cb/kpis', 'analyst@certhub.local');
  await expect(cb.getByRole('heading', { level: 1, name: 'Indicateurs' })).toBeVisible();
  await expect(cb.getByRole('region', { name: 'Dossiers par statut' })).toBeVisible();
  const download = cb.waitForEvent('download');
  await cb.getByRole('button', { name: 'Télécharger « Dossiers par statut » au format Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await expectAccessible(cb);
  await screenshot(cb, '63-kpis-cb-fr');
  await cbContext.close();

  const platformContext = await browser.newContext();
  const platform = await platformContext.newPage();
  await signIn(platform, '/admin/kpis', 'platform.admin@certhub.local');
  await expect(
    platform.getByRole('heading', { level: 1, name: 'Indicateurs de la plateforme' }),
  ).toBeVisible();
  await expect(platform.getByRole('combobox', { name: 'Organisme certificateur' })).toBeVisible();
  await expectAccessible(platform);
  await screenshot(platform, '64-kpis-platform-fr');
  await platformContext.close();
});

test('the platform admin adds a certification body, reads a CB’s staff, and supports a partner', async ({
  page,
}) => {
  await signIn(page, '/admin/cbs', 'platform.admin@certhub.local');
  const form = page.getByRole('region', { name: 'Ajouter un organisme certificateur' });
  const code = `e2e-${Date.now().toString(36)}`;
  await form.getByRole('textbox', { name: 'Nom', exact: true }).fill(`Organisme ${code}`);
  await form.getByRole('textbox', { name: 'Code', exact: true }).fill(code);
  await form.getByRole('textbox', { name: 'Préfixe des certificats' }).fill('EEE');
  await form.getByRole('textbox', { name: 'Adresse' }).fill('1 rue du Test');
  await form.getByRole('textbox', { name: 'Code postal' }).fill('75001');
  await form.getByRole('textbox', { name: 'Ville' }).fill('Paris');
  await form.getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByText(`Organisme ${code} est ajouté`)).toBeVisible();
  await expect(page.getByRole('link', { name: `Organisme ${code}` })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '67-admin-cbs-fr');

  // The schemes, read only: a version opened from the list, its requirements with their levels.
  await page.goto(portalUrl('/admin/schemes'));
  await expect(page.getByRole('heading', { level: 1, name: 'Référentiels' })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('link', { name: /^Lire Référentiel de Certification de Services AMARC/ })
    .first()
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Référentiel de Certification de Services AMARC/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(/version=/);
  await expect(
    page
      .getByRole('region', { name: 'Exigences' })
      .getByText(/^Niv B/)
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, '67b-admin-scheme-version-fr');

  await page.goto(portalUrl('/admin/cbs'));
  await page.getByRole('link', { name: 'CertHub Démo Certification' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Personnel de CertHub Démo/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /analyst@certhub.local/ })).toBeVisible();
  await expectAccessible(page);

  // A partner of the demo CB, subscribed by webhook to dossier creations, receiving at 127.0.0.1.
  const received: string[] = [];
  const receiver = createServer((req, res) => {
    received.push(String(req.headers['webhook-id']));
    req.resume();
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const created = await api.call<{
    partner: { id: string; name: string; clientId: string };
    clientSecret: string;
  }>('platform', 'POST', '/partners', { name: `Partenaire ${code}`, scope: { cbId: 'cb-demo' } });
  try {
    const partnerToken = await clientCredentialsToken(created.partner.clientId, created.clientSecret);
    const port = (receiver.address() as AddressInfo).port;
    await fetch(portalUrl('/api/v1/partners/me/subscriptions'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${partnerToken}` },
      body: JSON.stringify({
        eventTypes: ['certhub.dossier.created.v1'],
        delivery: { kind: 'webhook', url: `http://127.0.0.1:${port}/hook` },
      }),
    });
    await api.call('applicant', 'POST', '/dossiers', { schemeId: 'amarc', level: 'A', cbId: 'cb-demo' });
    await expect.poll(() => received.length, { timeout: 30_000 }).toBeGreaterThan(0);

    await page.goto(portalUrl('/admin/partners'));
    await expect(page.getByRole('link', { name: created.partner.name })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: created.partner.name }).click();
    const log = page.getByRole('region', { name: 'Journal des livraisons' });
    await expect(log.getByText('Livrée').first()).toBeVisible();
    await log
      .getByRole('button', { name: /^Relivrer/ })
      .first()
      .click();
    await expect(log.getByText(/remise en file/)).toBeVisible();
    await expect.poll(() => received.length, { timeout: 30_000 }).toBeGreaterThan(1);
    const subscriptions = page.getByRole('region', { name: 'Abonnements' });
    await subscriptions.getByRole('button', { name: 'Renouveler le secret de signature' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Renouveler' }).click();
    await expect(subscriptions.getByText(/^whsec_/)).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, '68-admin-partner-fr');
  } finally {
    receiver.close();
    await removeClients([created.partner.clientId]);
  }
});

test('a visitor searches the register, and reads a certificate page without JavaScript', async ({
  browser,
}) => {
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(portalUrl('/registry?q=D%C3%A9mo'));
  await expect(
    visitor.getByText(/certificats? trouvés?|Aucun certificat ne correspond à cette recherche/).first(),
  ).toBeVisible();
  await expectAccessible(visitor);
  await screenshot(visitor, '65-registry-search-fr');
  await visitorContext.close();

  const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
  const page = await noScript.newPage();
  const found = (await (await fetch(portalUrl('/api/v1/public/registry?pageSize=1'))).json()) as {
    items: { number: string; status: string }[];
  };
  const number = found.items[0]?.number ?? 'QC-NO-SUCH-NUMBER';
  const res = await page.goto(portalUrl(`/registry/${number}`));
  if (found.items[0]) {
    expect(res?.status()).toBe(200);
    await expect(page).toHaveTitle(new RegExp(`Certificat ${number}`));
    await expect(page.getByRole('status')).toContainText(/Certificat (valide|suspendu|retiré|expiré)/);
  } else {
    expect(res?.status()).toBe(404);
    await expect(page).toHaveTitle('Certificat introuvable — CertHub');
    await expect(page.getByRole('status')).toContainText(`Aucun certificat ne porte le numéro ${number}`);
  }
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
  await screenshot(page, '66-certificate-no-js-fr');
  await noScript.close();
});
