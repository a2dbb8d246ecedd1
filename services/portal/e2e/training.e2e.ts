import { expect, test, type Browser, type Page } from '@playwright/test';
import { passwordToken } from '@certhub/testing';
import { callApi } from './support/api';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard } from './support/portal';

/** Digits completed with their Luhn check digit, as SIREN and SIRET are. */
function withLuhn(prefix: string): string {
  for (let check = 0; check <= 9; check++) {
    const digits = `${prefix}${check}`;
    const sum = [...digits]
      .reverse()
      .map(Number)
      .reduce((acc, d, i) => acc + (i % 2 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable');
}

const randomDigits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
const randomLetters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

async function signedIn(browser: Browser, user: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  // The home page is public (the welcome): its sign-in comes back to it.
  await page.goto(portalUrl(path === '/' ? '/sign-in' : path));
  await signInWithKeyboard(page, `${user}@certhub.local`);
  return page;
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const text = (scope: Page | ReturnType<Page['getByRole']>, name: string) =>
  scope.getByRole('textbox', { name, exact: true });

/**
 * The individuals' line across its three sides: the network administrator opens an organisation and
 * its establishment and asks for the habilitation, the certifier validates it, a candidate is
 * registered there; another establishment registering the same person is refused and offered the
 * transfer of the dossier, which the certifier accepts.
 */
test('network admin, certifier and establishment: habilitation, candidate, duplicate and transfer', async ({
  browser,
}) => {
  // Three people, fourteen pages checked by axe: longer than one applicant's step.
  test.setTimeout(360_000);
  const siren = withLuhn(`9${randomDigits(7)}`);
  const siret = withLuhn(`${siren}0001`);
  const organisationName = `OF JOURNEE ${randomLetters(5).toUpperCase()}`;
  const establishmentName = `${organisationName} Lyon`;
  const birthName = `Martin-${randomLetters(8)}`;

  // The network administrator's home, then a new organisation.
  const admin = await signedIn(browser, 'network.admin', '/');
  await expect(admin.getByRole('heading', { name: 'Candidatures', level: 2, exact: true })).toBeVisible();
  await expect(admin.getByRole('link', { name: 'Tous les dossiers de candidature' })).toBeVisible();
  await expect(admin.getByRole('link', { name: 'En attente d’évaluation préalable' })).toBeVisible();
  await expectAccessible(admin);
  await screenshot(admin, '40-training-dashboard-fr');

  await admin
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mon réseau' })
    .click();
  await expect(admin.getByRole('heading', { level: 1, name: /Mon réseau/ })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole('link', { name: 'Mes organismes' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Mes organismes' })).toBeVisible();
  await expectAccessible(admin);
  await screenshot(admin, '41-training-organisations-fr');
  await admin.getByRole('link', { name: 'Ajouter un organisme' }).click();

  const general = admin.getByRole('region', { name: 'Général' });
  // A SIREN with a wrong check digit is refused before anything is sent.
  await text(general, 'SIREN').fill(`${siren.slice(0, 8)}${(Number(siren[8]) + 1) % 10}`);
  await admin.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(general.getByText('Ce SIREN n’est pas valide (9 chiffres, clé de contrôle).')).toBeVisible();
  await text(general, 'SIREN').fill(siren);
  await text(general, 'Nom de l’organisme').fill(organisationName);
  await text(general, 'Adresse').fill('3 rue de la Formation');
  await text(general, 'Code postal').fill('69003');
  await text(general, 'Ville').fill('Lyon');
  const contact = admin.getByRole('region', { name: 'Contact' });
  await text(contact, 'Nom').fill('Durand');
  await text(contact, 'Prénom').fill('Alice');
  await text(contact, 'E-mail').fill('alice.durand@example.org');
  await text(admin.getByRole('region', { name: 'Facturation' }), 'E-mail de facturation').fill(
    'factures@example.org',
  );
  await expectAccessible(admin);
  await screenshot(admin, '42-training-organisation-new-fr');
  await admin.getByRole('button', { name: 'Créer et ajouter un établissement' }).click();

  // Its establishment, whose SIRET must start with the organisation's SIREN.
  await expect(admin.getByRole('heading', { level: 1, name: 'Ajouter un établissement' })).toBeVisible();
  await expect(admin.getByRole('combobox', { name: 'Organisme' })).toHaveValue(
    `${organisationName} (${siren})`,
  );
  await text(admin, 'SIRET de l’établissement').fill(withLuhn(`${withLuhn('12345678')}0001`));
  await text(admin, 'Nom de l’établissement').fill(establishmentName);
  await admin.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(
    admin.getByText(`commence par le SIREN de son organisme (${siren})`, { exact: false }),
  ).toBeVisible();
  await expect(admin.getByText('Ce champ est obligatoire').first()).toBeVisible();
  await text(admin, 'SIRET de l’établissement').fill(siret);
  for (const [region, phone] of [
    ['Contact référent', false],
    ['Contact public', true],
  ] as const) {
    const block = admin.getByRole('region', { name: region });
    await text(block, 'Nom').fill('Durand');
    await text(block, 'Prénom').fill('Alice');
    await text(block, 'E-mail').fill('alice.durand@example.org');
    if (phone) await block.getByRole('textbox', { name: 'Téléphone' }).fill('04 72 00 00 00');
  }
  const address = admin.getByRole('region', { name: 'Adresse' });
  await text(address, 'Adresse').fill('3 rue de la Formation');
  await text(address, 'Code postal').fill('69003');
  await text(address, 'Ville').fill('Lyon');
  await choose(admin, 'Région', 'Auvergne-Rhône-Alpes');
  await expectAccessible(admin);
  await screenshot(admin, '43-training-establishment-new-fr');
  await admin.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1, name: establishmentName })).toBeVisible();
  await expectAccessible(admin);

  // The habilitation request.
  await admin.getByRole('tab', { name: 'Habilitations' }).click();
  await admin.getByRole('button', { name: 'Faire une demande d’habilitation' }).click();
  await admin
    .getByRole('dialog', { name: 'Demande d’habilitation' })
    .getByRole('button', { name: 'Envoyer la demande' })
    .click();
  await expect(admin.getByRole('cell', { name: 'En attente' })).toBeVisible();
  await expectAccessible(admin);
  await screenshot(admin, '44-training-habilitation-pending-fr');

  // The certifier validates it for three years.
  const certifier = await signedIn(browser, 'certifier', '/');
  await certifier
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Habilitations' })
    .click();
  await expect(certifier.getByRole('heading', { level: 1, name: 'Demandes d’habilitation' })).toBeVisible();
  const row = certifier.getByRole('row', { name: new RegExp(establishmentName) });
  await expect(row).toBeVisible();
  await expectAccessible(certifier);
  await screenshot(certifier, '45-training-certifier-habilitations-fr');
  await row.getByRole('button', { name: 'Valider' }).click();
  const decide = certifier.getByRole('dialog', { name: `Valider l’habilitation de ${establishmentName}` });
  await expectAccessible(certifier);
  await decide.getByRole('button', { name: 'Valider pour cette période' }).click();
  await expect(row).toHaveCount(0);

  await admin.reload();
  await expect(admin.getByRole('cell', { name: 'Validée' })).toBeVisible();

  // A candidate registered in the new establishment.
  // The home is public on a full load (the welcome page): back to it within the app.
  await admin
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Accueil' })
    .click();
  await admin.getByRole('link', { name: 'Proposer une candidature' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Créer une candidature' })).toBeVisible();
  const fillCandidate = async (page: Page) => {
    await choose(page, 'Statut à l’inscription', 'Salarié');
    await page.getByRole('combobox', { name: 'Branche délégataire' }).fill('Chaussures');
    await page.getByRole('radio', { name: 'Non' }).check();
    await choose(page, 'Niveau de formation', 'Niveau 3');
    await choose(page, 'Financeur principal', 'OPCO');
    await page.getByRole('radio', { name: 'Madame' }).check();
    await text(page, 'Nom de naissance').fill(birthName);
    await text(page, 'Prénom').fill('Élodie');
    await page.getByLabel(/Date de naissance/).fill('1990-05-20');
    await text(page, 'Ville de naissance').fill('Lyon');
    await text(page, 'Code postal de naissance').fill('69003');
  };
  await choose(admin, 'Établissement d’évaluation', establishmentName);
  await fillCandidate(admin);
  await expectAccessible(admin);
  await screenshot(admin, '46-training-candidate-new-fr');
  await admin.getByRole('button', { name: 'Créer la candidature' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: new RegExp(birthName, 'i') })).toBeVisible();
  const reference =
    (await admin
      .getByText(/^CL\d{4}-[0-9A-F]{8}$/)
      .first()
      .textContent()) ?? '';
  expect(reference).not.toBe('');
  await expectAccessible(admin);
  await screenshot(admin, '47-training-candidate-fr');
  await admin.getByRole('tab', { name: 'Parcours' }).click();
  await expect(admin.getByText('Création du dossier')).toBeVisible();
  await expectAccessible(admin);

  // Another establishment: a search too broad asks for more; registering the same person is refused.
  const other = await signedIn(browser, 'establishment.a', `/training/search?name=${birthName}`);
  await expect(other.getByRole('alert')).toContainText('La recherche n’est pas assez précise');
  await expectAccessible(other);
  await screenshot(other, '48-training-search-too-broad-fr');
  await other.goto(portalUrl('/training/candidates/new'));
  await expect(other.getByRole('heading', { level: 1, name: 'Créer une candidature' })).toBeVisible();
  await fillCandidate(other);
  await other.getByRole('button', { name: 'Créer la candidature' }).click();
  const warning = other
    .getByRole('alert')
    .filter({ hasText: 'Ce candidat est déjà inscrit sur la plateforme' });
  await expect(warning).toContainText(reference);
  await expectAccessible(other);
  await screenshot(other, '49-training-duplicate-fr');
  await warning.getByRole('button', { name: 'Demander le rattachement' }).click();
  const transfer = other.getByRole('dialog', { name: new RegExp(reference) });
  await choose(other, 'Motif de la demande', 'Déménagement du candidat');
  await expectAccessible(other);
  await transfer.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(other.getByText('Demande de rattachement envoyée')).toBeVisible();

  // The certifier accepts: the dossier moves to the establishment that asked.
  await certifier
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Rattachements' })
    .click();
  const request = certifier.getByRole('row', { name: new RegExp(reference) });
  await expect(request).toBeVisible();
  await expectAccessible(certifier);
  await screenshot(certifier, '50-training-certifier-transfers-fr');
  await request.getByRole('button', { name: 'Accepter' }).click();
  await expect(request).toHaveCount(0);

  await other.goto(portalUrl('/training/candidates'));
  await expect(other.getByRole('link', { name: reference })).toBeVisible();
  await expectAccessible(other);
  await screenshot(other, '51-training-candidates-fr');
});

/**
 * Every page of the individuals' line, as each of its sides reaches it, checked by axe (no serious
 * or critical violation) and kept as a screenshot: the journeys above cross most of them mid-task,
 * this visits the rest and each tab of a candidate's page.
 */
test('every page of the individuals’ line passes axe, for each side', async ({ browser }) => {
  test.setTimeout(480_000);
  const establishmentToken = await passwordToken('establishment.a@certhub.local');
  const me = await callApi<{ perimeter: { establishmentId: string } }>(establishmentToken, 'GET', '/me');
  const establishmentId = me.perimeter.establishmentId;
  const candidate = await callApi<{ id: string }>(establishmentToken, 'POST', '/candidates', {
    establishmentId,
    civility: 'mrs',
    birthName: `Axe-${randomLetters(8)}`,
    firstName: 'Inès',
    birthDate: '1988-02-11',
    birthCity: 'Dijon',
    birthPostalCode: '21000',
    registrationStatus: 'job_seeker',
    trainingLevel: 2,
    mainFunder: 'france_travail',
  });
  const tabs = [
    'identity',
    'path',
    'documents',
    'evaluations',
    'trainings',
    'exchanges',
    'certification',
    'dispatches',
  ];
  const pages: Record<string, string[]> = {
    'network.admin': [
      '/training/candidates',
      '/training/candidates/abandoned',
      `/training/search?name=Axe&birthDate=1988-02-11`,
      '/training/network',
      '/training/organisations',
      '/training/establishments',
      `/training/establishments/${establishmentId}`,
      `/training/establishments/${establishmentId}?tab=habilitations`,
      `/training/establishments/${establishmentId}?tab=history`,
      '/training/users',
      '/training/habilitations',
      '/training/transfers',
      '/training/juries',
      '/training/news',
      '/notifications',
    ],
    'establishment.a': [
      ...tabs.map((tab) => `/training/candidates/${candidate.id}?tab=${tab}`),
      '/training/candidates/new',
      '/training/search',
      '/training/juries',
    ],
    certifier: [
      '/training/habilitations',
      '/training/transfers',
      '/training/juries',
      '/training/stats',
      '/training/news',
      `/training/candidates/${candidate.id}?tab=certification`,
      '/notifications',
    ],
    jury: ['/training/juries', '/notifications'],
  };
  for (const [user, paths] of Object.entries(pages)) {
    const page = await signedIn(browser, user, paths[0] as string);
    // The dashboard, reached within the app (a full load of "/" is the public welcome).
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Accueil' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /Bienvenue/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await screenshot(page, `70-axe-${user}-home`);
    for (const path of paths) {
      await page.goto(portalUrl(path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0);
      await expectAccessible(page);
      const slug = path
        .replace(/^\//, '')
        .replace(/[^a-z0-9]+/gi, '-')
        .slice(0, 60);
      await screenshot(page, `70-axe-${user}-${slug}`);
    }
    await page.context().close();
  }
});

/**
 * The certifier stops a whole training organisation from one of its establishments' pages (seed
 * 002: only the certifier changes the "Actif" of an establishment or of an organisation): the
 * establishment's own flag stays, its home turns read-only and says why, until it is reactivated.
 */
test('the certifier deactivates an establishment’s training organisation, then reactivates it', async ({
  browser,
}) => {
  const certifierToken = await passwordToken('certifier@certhub.local');
  const me = await callApi<{ perimeter: { establishmentId: string; trainingOrganisationId: string } }>(
    await passwordToken('establishment.a@certhub.local'),
    'GET',
    '/me',
  );
  const { establishmentId, trainingOrganisationId } = me.perimeter;
  const certifier = await signedIn(browser, 'certifier', `/training/establishments/${establishmentId}`);
  try {
    await certifier.getByRole('button', { name: 'Désactiver l’organisme' }).click();
    const dialog = certifier.getByRole('dialog', { name: 'Désactiver l’organisme de formation ?' });
    await expect(dialog).toContainText('Aucun de ses établissements');
    await expectAccessible(certifier);
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await expect(certifier.getByRole('button', { name: 'Réactiver l’organisme' })).toBeVisible();
    // The establishment's own flag is untouched: its switch still offers to deactivate it.
    await expect(certifier.getByRole('button', { name: 'Désactiver l’établissement' })).toBeVisible();
    await screenshot(certifier, '71-certifier-organisation-deactivated');

    const establishment = await signedIn(browser, 'establishment.a', '/training/candidates');
    await establishment
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Accueil' })
      .click();
    await expect(establishment.getByText(/Votre organisme de formation est inactif/)).toBeVisible();
    await expect(establishment.getByRole('link', { name: 'Proposer une candidature' })).toHaveCount(0);
    await expectAccessible(establishment);
    await screenshot(establishment, '71-establishment-home-organisation-inactive');
    await establishment.context().close();

    await certifier.getByRole('button', { name: 'Réactiver l’organisme' }).click();
    await certifier
      .getByRole('dialog', { name: 'Réactiver l’organisme de formation ?' })
      .getByRole('button', { name: 'Confirmer' })
      .click();
    await expect(certifier.getByRole('button', { name: 'Désactiver l’organisme' })).toBeVisible();
  } finally {
    // The demo organisation serves the tests after this one, whatever happened here.
    await callApi(certifierToken, 'PUT', `/training-organisations/${trainingOrganisationId}/active`, {
      active: true,
    });
    await certifier.context().close();
  }
});
