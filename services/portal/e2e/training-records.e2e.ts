import { expect, test, type Browser, type Page } from '@playwright/test';
import { passwordToken } from '@certhub/testing';
import { callApi, today } from './support/api';
import { expectAccessible, portalUrl, screenshot, signInWithKeyboard } from './support/portal';

async function signedIn(browser: Browser, user: string, path: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto(portalUrl(path));
  await signInWithKeyboard(page, `${user}@certhub.local`);
  return page;
}

/** The demo establishment A holds a valid habilitation (asked by the network, validated by the certifier). */
async function habilitated(network: string, certifier: string, establishmentId: string, certifierId: string) {
  const { items } = await callApi<{ items: { id: string; status: string; valid?: boolean }[] }>(
    network,
    'GET',
    `/habilitations?establishmentId=${establishmentId}&pageSize=100`,
  );
  if (items.some((h) => h.valid)) return;
  const pending =
    items.find((h) => h.status === 'pending') ??
    (
      await callApi<{ items: { id: string }[] }>(
        network,
        'POST',
        `/establishments/${establishmentId}/habilitations`,
        {
          certifierIds: [certifierId],
        },
      )
    ).items[0]!;
  await callApi(certifier, 'PUT', `/habilitations/${pending.id}/decision`, {
    decision: 'validated',
    startsOn: today(-1),
    endsOn: today(3 * 365),
  });
}

/**
 * The candidacy from its preliminary evaluation to the paper certificate, each person in his own
 * session: the establishment scores the 28 sub-domains (keyboard-friendly radios, a domain at a
 * time), uploads the signed matrix, finalises, sends the dossier to certification after the check
 * list; the certifier plans a jury session and assigns the dossier; the jury member certifies it;
 * the certifier records the postal dispatch; the network administrator reads the statistics and
 * downloads them as Excel.
 */
test('establishment, certifier and jury: evaluation, sending, jury decision, dispatch, statistics', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const [networkToken, certifierToken, establishmentToken] = await Promise.all(
    ['network.admin', 'certifier', 'establishment.a'].map((u) => passwordToken(`${u}@certhub.local`)),
  );
  const me = await callApi<{ tenantId: string; perimeter: { establishmentId: string } }>(
    establishmentToken as string,
    'GET',
    '/me',
  );
  const establishmentId = me.perimeter.establishmentId;
  const establishment = await callApi<{ certifierId: string }>(
    establishmentToken as string,
    'GET',
    `/establishments/${establishmentId}`,
  );
  await habilitated(
    networkToken as string,
    certifierToken as string,
    establishmentId,
    establishment.certifierId,
  );
  const birthName = `Bernard-${Math.random().toString(36).slice(2, 10)}`;
  const candidate = await callApi<{ id: string; reference: string }>(
    establishmentToken as string,
    'POST',
    '/candidates',
    {
      establishmentId,
      civility: 'mr',
      birthName,
      firstName: 'Karim',
      birthDate: '1985-09-02',
      birthCity: 'Villeurbanne',
      birthPostalCode: '69100',
      email: 'karim.bernard@example.org',
      address: { line1: '12 rue des Lilas', postalCode: '69100', city: 'Villeurbanne', country: 'FR' },
      registrationStatus: 'job_seeker',
      trainingLevel: 3,
      mainFunder: 'france_travail',
      professionalGoals: 'Devenir chef d’équipe',
      personalGoals: 'Reprendre confiance à l’écrit',
    },
  );

  // The establishment: the preliminary evaluation, scored domain by domain.
  const est = await signedIn(
    browser,
    'establishment.a',
    `/training/candidates/${candidate.id}?tab=evaluations`,
  );
  await est.getByRole('textbox', { name: 'Nom de l’évaluateur' }).fill('Claire Martin');
  await est.getByRole('textbox', { name: 'E-mail de l’évaluateur' }).fill('claire.martin@example.org');
  await est.getByRole('button', { name: 'Créer l’évaluation' }).click();
  const first = est.getByRole('radiogroup', { name: /^1\.1 / });
  await expect(first).toBeVisible();
  // The keyboard's way for one sub-domain: focus, Space, arrows within the pair.
  await first.getByRole('radio', { name: 'Non acquis' }).focus();
  await est.keyboard.press('Space');
  await expect(first.getByRole('radio', { name: 'Non acquis' })).toBeChecked();
  await est.keyboard.press('ArrowLeft');
  await expect(first.getByRole('radio', { name: 'Acquis', exact: true })).toBeChecked();
  for (const domain of ['1', '2', '3', '4', '5', '6', '7'])
    await est.getByRole('button', { name: `Tout acquis : domaine ${domain}` }).click();
  await expect(est.getByText('28 sous-domaines acquis sur 28')).toBeVisible();
  await expect(est.getByText('Déposez la matrice d’évaluation complétée et signée.')).toBeVisible();
  await expect(est.getByRole('button', { name: 'Finaliser l’évaluation' })).toBeDisabled();
  await expectAccessible(est);
  await screenshot(est, '60-training-evaluation-grid-fr');
  const chooser = est.waitForEvent('filechooser');
  await est
    .getByRole('group', { name: /Matrice d’évaluation/ })
    .getByRole('button', { name: /^Choisir des fichiers : / })
    .click();
  await (
    await chooser
  ).setFiles({
    name: 'matrice-signee.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\nmatrice'),
  });
  await expect(est.getByText('matrice-signee.pdf')).toBeVisible();
  await est.getByRole('button', { name: 'Finaliser l’évaluation' }).click();
  const confirm = est.getByRole('dialog', { name: 'Finaliser l’évaluation ?' });
  await expect(confirm).toContainText('Les 28 sous-domaines sont acquis');
  await expectAccessible(est);
  await confirm.getByRole('button', { name: 'Finaliser' }).click();
  await expect(est.getByText('Validée', { exact: true })).toBeVisible();
  await expect(est.getByText('À envoyer en certification')).toBeVisible();
  await expectAccessible(est);
  await screenshot(est, '61-training-evaluation-validated-fr');

  // Sending after the check list.
  await est.getByRole('tab', { name: 'Certification et jury' }).click();
  const checks = est.getByRole('list', { name: 'Points vérifiés avant l’envoi' });
  await expect(checks.getByRole('listitem')).toHaveCount(6);
  await expect(checks).not.toContainText('À compléter');
  await expectAccessible(est);
  await screenshot(est, '62-training-send-checklist-fr');
  const identity = est.getByRole('group', { name: 'Identité imprimée sur le certificat' });
  await expect(identity).toContainText(birthName);
  await expect(identity).toContainText('12 rue des Lilas, 69100 Villeurbanne');
  await expect(est.getByRole('button', { name: 'Envoyer en certification' })).toBeDisabled();
  await est
    .getByRole('checkbox', { name: 'J’ai vérifié ces informations avec la pièce d’identité du candidat' })
    .check();
  await est.getByRole('button', { name: 'Envoyer en certification' }).click();
  await expect(est.getByText('En attente de certification').first()).toBeVisible();

  // Every file of the dossier in one place, and a word to the certifier now that it has the dossier.
  await est.getByRole('tab', { name: 'Documents' }).click();
  const files = est.getByRole('table', { name: 'Fichiers du dossier du candidat' });
  await expect(files.getByRole('row', { name: /matrice-signee\.pdf/ })).toContainText('Matrice d’évaluation');
  await expect(files.getByRole('button', { name: 'Télécharger matrice-signee.pdf' })).toBeVisible();
  await expectAccessible(est);
  await screenshot(est, '62a-training-documents-fr');
  await est.getByRole('tab', { name: 'Échanges' }).click();
  const write = est.getByRole('form', { name: 'Écrire à l’autre partie' });
  await write
    .getByRole('textbox', { name: /Votre message/ })
    .fill('Le candidat sera en stage la semaine du jury.');
  await write.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(est.getByText('Message envoyé.')).toBeVisible();
  await expect(
    est.getByRole('list', { name: 'Échanges avec le certificateur' }).getByRole('listitem'),
  ).toContainText(['Le candidat sera en stage la semaine du jury.']);
  await expectAccessible(est);
  await screenshot(est, '62b-training-exchanges-fr');

  // The certifier plans a session and assigns the dossier.
  const certifier = await signedIn(browser, 'certifier', '/training/juries');
  await expect(certifier.getByRole('heading', { level: 1, name: 'Jurys' })).toBeVisible();
  const region = `R${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
  const plan = certifier.getByRole('form', { name: 'Planifier une session' });
  await plan.getByRole('textbox', { name: 'Région' }).fill(region);
  await plan.getByLabel('Date du jury').fill(today(14));
  await plan.getByRole('button', { name: 'Planifier la session' }).click();
  await expect(certifier.getByText('Session planifiée.')).toBeVisible();
  await certifier.getByRole('textbox', { name: 'Région' }).last().fill(region);
  await certifier.getByRole('button', { name: 'Rechercher' }).click();
  await certifier
    .getByRole('button', { name: new RegExp(`Ouvrir la session du .* \\(${region}\\)`) })
    .click();
  await expect(
    certifier.getByRole('heading', { level: 1, name: new RegExp(`Session du .* — ${region}`) }),
  ).toBeVisible();
  await expect(certifier.getByText('Tout le jury du certificateur', { exact: true })).toBeVisible();
  const awaiting = certifier.getByRole('region', { name: 'Dossiers en attente de certification' });
  await awaiting.getByRole('checkbox', { name: new RegExp(candidate.reference) }).check();
  await expectAccessible(certifier);
  await screenshot(certifier, '63-training-jury-session-fr');
  await awaiting.getByRole('button', { name: 'Affecter 1 dossier à la session' }).click();
  await expect(certifier.getByText('1 dossier affecté.')).toBeVisible();
  const session = certifier.getByRole('region', { name: /Dossiers de la session du/ });
  await expect(session.getByRole('link', { name: candidate.reference })).toBeVisible();

  // The jury member opens the session's dossier and certifies it.
  const jury = await signedIn(browser, 'jury', `/training/juries?region=${region}`);
  await jury.getByRole('button', { name: new RegExp(`Ouvrir la session du .* \\(${region}\\)`) }).click();
  const sitting = jury.getByRole('region', { name: '1 dossier affecté' });
  await expect(sitting.getByRole('listitem')).toHaveText(['En attente de jury1']);
  await expectAccessible(jury);
  await screenshot(jury, '63a-training-jury-session-page-fr');
  await jury
    .getByRole('region', { name: /Dossiers de la session du/ })
    .getByRole('link', { name: candidate.reference })
    .click();
  await expect(jury.getByText('En attente de jury').first()).toBeVisible();

  // The jury first asks the establishment for a complement.
  await jury.getByRole('button', { name: 'Demander un complément' }).click();
  const ask = jury.getByRole('dialog', { name: 'Demander un complément à l’établissement' });
  await ask.getByRole('textbox', { name: /Ce qui manque/ }).fill('L’attestation de stage signée.');
  await expectAccessible(jury);
  await ask.getByRole('button', { name: 'Demander un complément' }).click();
  await expect(jury.getByText('En attente de complément').first()).toBeVisible();

  // The establishment answers it and sends the dossier back.
  await est.goto(portalUrl(`/training/candidates/${candidate.id}?tab=certification`));
  await expect(est.getByText('L’attestation de stage signée.')).toBeVisible();
  const answer = est.getByRole('form', { name: 'Répondre à la demande de complément' });
  await answer.getByRole('textbox', { name: /Votre réponse/ }).fill('Attestation jointe, signée du tuteur.');
  await expectAccessible(est);
  await screenshot(est, '63b-training-complement-answer-fr');
  await answer.getByRole('button', { name: 'Envoyer le complément' }).click();
  await est.getByRole('button', { name: 'Renvoyer en certification' }).click();
  await expect(est.getByText('En attente de certification').first()).toBeVisible();

  // The jury member assigns it to the session again, then certifies it.
  await jury.goto(portalUrl(`/training/juries?region=${region}`));
  await jury.getByRole('button', { name: new RegExp(`Ouvrir la session du .* \\(${region}\\)`) }).click();
  const again = jury.getByRole('region', { name: 'Dossiers en attente de certification' });
  await again.getByRole('checkbox', { name: new RegExp(candidate.reference) }).check();
  await again.getByRole('button', { name: 'Affecter 1 dossier à la session' }).click();
  await expect(jury.getByText('1 dossier affecté.')).toBeVisible();
  await jury
    .getByRole('region', { name: /Dossiers de la session du/ })
    .getByRole('link', { name: candidate.reference })
    .click();
  await expect(jury.getByText('En attente de jury').first()).toBeVisible();
  await expect(jury.getByText(/Attestation jointe, signée du tuteur/)).toBeVisible();
  await jury.getByRole('radio', { name: 'Certifié', exact: true }).check();
  await expectAccessible(jury);
  await screenshot(jury, '64-training-jury-decision-fr');
  await jury.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(jury.getByText('Certifiée', { exact: true }).first()).toBeVisible();

  // The certifier posts the paper certificate.
  await certifier.goto(portalUrl(`/training/candidates/${candidate.id}?tab=dispatches`));
  await certifier.getByRole('textbox', { name: 'Numéro de suivi' }).fill('1A00000001');
  await certifier.getByRole('button', { name: 'Enregistrer un envoi' }).click();
  const history = certifier.getByRole('table', { name: 'Historique des envois postaux' });
  await expect(history.getByText('1A00000001')).toBeVisible();
  await expectAccessible(certifier);
  await screenshot(certifier, '65-training-dispatch-fr');

  // The certifier's news, read on the establishment's home.
  await certifier.goto(portalUrl('/training/news'));
  const newsTitle = `Jury de ${region} avancé`;
  const publish = certifier.getByRole('form', { name: 'Publier une actualité' });
  await publish.getByRole('textbox', { name: 'Titre' }).fill(newsTitle);
  await publish
    .getByRole('textbox', { name: 'Texte' })
    .fill('Les dossiers sont à envoyer une semaine plus tôt.');
  await publish.getByRole('button', { name: 'Publier' }).click();
  await expect(certifier.getByText('Actualité publiée.')).toBeVisible();
  await expect(certifier.getByRole('heading', { level: 2, name: newsTitle })).toBeVisible();
  await expectAccessible(certifier);
  const home = await signedIn(browser, 'establishment.a', '/training/candidates');
  await home.getByRole('link', { name: 'Accueil', exact: true }).first().click();
  const feed = home.getByRole('region', { name: 'Actualités' });
  await expect(feed.getByRole('heading', { name: newsTitle })).toBeVisible();
  await expectAccessible(home);
  await screenshot(home, '65a-training-home-news-fr');

  // The network administrator's statistics, and their workbook.
  const network = await signedIn(browser, 'network.admin', '/training/stats');
  await expect(network.getByRole('heading', { level: 1, name: 'Statistiques' })).toBeVisible();
  await expect(network.getByRole('heading', { name: 'Candidatures par statut' })).toBeVisible();
  await expectAccessible(network);
  await screenshot(network, '66-training-stats-fr');
  const download = network.waitForEvent('download');
  await network.getByRole('button', { name: /Télécharger l’ensemble des statistiques/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
});
