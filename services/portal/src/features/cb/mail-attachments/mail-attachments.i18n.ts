import { addStrings } from '../../../i18n/i18n';

const fr = {
  title: 'Pièces jointes des e-mails',
  intro:
    'Les documents joints aux e-mails envoyés pour chaque référentiel : le guide avec l’e-mail du questionnaire (ouverture d’un dossier), la charte de marque et le kit de communication avec l’e-mail de décision (certificat délivré). PDF ou zip ; un document qui ne peut être joint est signalé dans l’e-mail, à retrouver sur le portail.',
  scheme: 'Référentiel',
  allSchemes: 'Tous les référentiels',
  mailKind: 'E-mail',
  kinds: { questionnaire: 'Questionnaire (ouverture du dossier)', decision: 'Décision (certificat délivré)' },
  file: 'Fichier (PDF ou zip)',
  submit: 'Joindre',
  added: '« {{name}} » sera joint à ces e-mails.',
  failed: 'L’ajout a échoué : {{message}}',
  name: 'Document',
  size: 'Taille',
  actions: 'Actions',
  download: 'Télécharger',
  removeShort: 'Retirer',
  remove: 'Retirer « {{name}} »',
  removeFailed: 'Le retrait a échoué : {{message}}',
  empty: 'Aucune pièce jointe pour l’instant.',
  pages: 'Pages des pièces jointes',
};
type Strings = typeof fr;

const en: Strings = {
  title: 'Mail attachments',
  intro:
    'The documents sent with each scheme’s mails: the guide with the questionnaire mail (a dossier opened), the brand rules and communication pack with the decision mail (a certificate granted). PDF or zip; a document that cannot be attached is named in the mail, to find on the portal.',
  scheme: 'Scheme',
  allSchemes: 'All schemes',
  mailKind: 'Mail',
  kinds: { questionnaire: 'Questionnaire (dossier opened)', decision: 'Decision (certificate granted)' },
  file: 'File (PDF or zip)',
  submit: 'Attach',
  added: '“{{name}}” will go with these mails.',
  failed: 'Attaching failed: {{message}}',
  name: 'Document',
  size: 'Size',
  actions: 'Actions',
  download: 'Download',
  removeShort: 'Remove',
  remove: 'Remove “{{name}}”',
  removeFailed: 'Removing failed: {{message}}',
  empty: 'No attachment yet.',
  pages: 'Pages of attachments',
};

addStrings({ fr: { mailAttachments: fr }, en: { mailAttachments: en } });
