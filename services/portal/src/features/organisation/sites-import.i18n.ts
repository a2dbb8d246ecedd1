import { addStrings } from '../../i18n/i18n';

const fr = {
  title: 'Importer des sites depuis un fichier Excel',
  intro:
    'Téléchargez le modèle, indiquez un SIRET par ligne (et, si vous le souhaitez, le nom du site), puis importez-le : les adresses viennent du registre des entreprises. Si une ligne est refusée, aucun site n’est importé.',
  template: 'Télécharger le modèle',
  file: 'Fichier Excel (.xlsx)',
  submit: 'Importer les sites',
  imported_one: '{{count}} site importé.',
  imported_other: '{{count}} sites importés.',
  rejected_one: 'Aucun site n’a été importé : une ligne est refusée.',
  rejected_other: 'Aucun site n’a été importé : {{count}} erreurs dans le fichier.',
  failed: 'L’import a échoué : {{message}}',
};
type Strings = typeof fr;

const en: Strings = {
  title: 'Import sites from an Excel file',
  intro:
    'Download the template, enter one SIRET per row (and, if you wish, the site’s name), then import it: addresses come from the company registry. If a row is rejected, no site is imported.',
  template: 'Download the template',
  file: 'Excel file (.xlsx)',
  submit: 'Import the sites',
  imported_one: '{{count}} site imported.',
  imported_other: '{{count}} sites imported.',
  rejected_one: 'No site was imported: one row is rejected.',
  rejected_other: 'No site was imported: {{count}} errors in the file.',
  failed: 'The import failed: {{message}}',
};

addStrings({ fr: { sitesImport: fr }, en: { sitesImport: en } });
