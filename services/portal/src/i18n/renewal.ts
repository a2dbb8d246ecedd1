import type { Strings } from './fr';
import { addStrings } from './i18n';

/** The applicant's renewal panel (dossier page): it loads its words with that page. */
const renewalFr = {
  title: 'Renouveler',
  opensOn:
    'Le renouvellement pourra être ouvert du {{opens}} au {{closes}} ; votre certificat est valide jusqu’au {{until}}.',
  window:
    'La fenêtre de renouvellement est ouverte jusqu’au {{closes}} ; votre certificat est valide jusqu’au {{until}}.',
  suspended: 'Le certificat est suspendu : le renouvellement ne s’ouvre qu’avec un certificat valide.',
  adminOnly: 'L’administrateur de votre organisation ouvre le renouvellement.',
  choice: 'Audit du renouvellement',
  choiceSame: 'Audit de renouvellement avec {{cb}}',
  choiceSameHelp: 'Il se déroule comme un audit initial, avec votre organisme certificateur actuel.',
  choiceComplementary: 'Audit complémentaire avec {{cb}}',
  choiceComplementaryHelp:
    'Pour un label obtenu en complément d’une autre certification, que vous avez renouvelée.',
  choiceOther: 'Audit initial avec un autre organisme certificateur',
  choiceOtherHelp:
    'En changeant d’organisme, le renouvellement devient un audit initial : un nouveau dossier est ouvert chez lui, son questionnaire pré-rempli à partir de celui-ci.',
  otherCb: 'Nouvel organisme certificateur',
  noOtherCb: 'Aucun autre organisme certificateur n’est inscrit sur la plateforme.',
  required: 'Ce champ est obligatoire',
  open: 'Renouveler…',
  confirmTitle: 'Ouvrir le renouvellement de {{reference}} ?',
  confirmSame:
    'Un audit de renouvellement avec {{cb}}. Les documents demandés par le référentiel sont ensuite à déposer ici ; l’audit est planifié une fois tous acceptés.',
  confirmComplementary:
    'Un audit complémentaire avec {{cb}}. Les documents demandés par le référentiel sont ensuite à déposer ici ; l’audit est planifié une fois tous acceptés.',
  confirmOther:
    'Un audit initial avec {{cb}}, dans un nouveau dossier dont le questionnaire, pré-rempli, est à vérifier et à soumettre. Votre certificat actuel reste valide jusqu’au {{until}}.',
  confirmFinal: 'Ce choix ne peut pas être modifié ensuite.',
  confirm: 'Ouvrir le renouvellement',
  cancel: 'Annuler',
  failed: 'Le renouvellement n’a pas pu être ouvert : {{message}}',
  opened: 'Renouvellement ouvert le {{date}} : {{audit}}.',
  audit: {
    renewal: 'audit de renouvellement avec {{cb}}',
    complementary: 'audit complémentaire avec {{cb}}',
    initial: 'audit initial avec {{cb}}',
  },
  movedTo: 'Le renouvellement se poursuit dans un nouveau dossier chez {{cb}}.',
  newDossier: 'Ouvrir le dossier du renouvellement',
  renewalOf:
    'Ce dossier renouvelle, chez un nouvel organisme certificateur, le certificat obtenu auprès de {{cb}}.',
  previousDossier: 'Voir le dossier précédent',
  documents: 'Documents du renouvellement',
  documentsIntro_one:
    '{{count}} document accepté sur {{total}} ; l’organisme certificateur planifie l’audit une fois tous acceptés.',
  documentsIntro_other:
    '{{count}} documents acceptés sur {{total}} ; l’organisme certificateur planifie l’audit une fois tous acceptés.',
  documentsClosed: 'Le dépôt est clos : l’audit a été planifié.',
  status: {
    missing: 'À déposer',
    submitted: 'Déposé, en vérification',
    accepted: 'Accepté',
    rejected: 'Refusé',
  },
  filed: 'Fichier déposé ({{label}})',
  rejectedBecause: 'Refusé : {{reason}}. Déposez-le à nouveau.',
  send_one: 'Déposer {{count}} document',
  send_other: 'Déposer {{count}} documents',
  sendNone: 'Déposer les documents',
  sent_one: '{{count}} document déposé : l’organisme certificateur le vérifie.',
  sent_other: '{{count}} documents déposés : l’organisme certificateur les vérifie.',
  sendFailed: 'Les documents n’ont pas pu être déposés : {{message}}',
};

const renewalEn: Strings<typeof renewalFr> = {
  title: 'Renew',
  opensOn:
    'The renewal can be opened from {{opens}} to {{closes}}; your certificate is valid until {{until}}.',
  window: 'The renewal window is open until {{closes}}; your certificate is valid until {{until}}.',
  suspended: 'The certificate is suspended: a renewal opens only with a valid certificate.',
  adminOnly: 'Your organisation’s administrator opens the renewal.',
  choice: 'Renewal audit',
  choiceSame: 'Renewal audit with {{cb}}',
  choiceSameHelp: 'It runs like an initial audit, with your current certification body.',
  choiceComplementary: 'Complementary audit with {{cb}}',
  choiceComplementaryHelp:
    'For a label obtained as a complement to another certification, which you have renewed.',
  choiceOther: 'Initial audit with another certification body',
  choiceOtherHelp:
    'Changing certification body turns the renewal into an initial audit: a new dossier is opened with it, its questionnaire pre-filled from this one.',
  otherCb: 'New certification body',
  noOtherCb: 'No other certification body is registered on the platform.',
  required: 'This field is required',
  open: 'Renew…',
  confirmTitle: 'Open the renewal of {{reference}}?',
  confirmSame:
    'A renewal audit with {{cb}}. The documents the scheme requires are then filed here; the audit is planned once all are accepted.',
  confirmComplementary:
    'A complementary audit with {{cb}}. The documents the scheme requires are then filed here; the audit is planned once all are accepted.',
  confirmOther:
    'An initial audit with {{cb}}, in a new dossier whose pre-filled questionnaire you check and submit. Your current certificate stays valid until {{until}}.',
  confirmFinal: 'This choice cannot be changed afterwards.',
  confirm: 'Open the renewal',
  cancel: 'Cancel',
  failed: 'The renewal could not be opened: {{message}}',
  opened: 'Renewal opened on {{date}}: {{audit}}.',
  audit: {
    renewal: 'renewal audit with {{cb}}',
    complementary: 'complementary audit with {{cb}}',
    initial: 'initial audit with {{cb}}',
  },
  movedTo: 'The renewal goes on in a new dossier with {{cb}}.',
  newDossier: 'Open the renewal’s dossier',
  renewalOf: 'This dossier renews, with a new certification body, the certificate obtained from {{cb}}.',
  previousDossier: 'See the previous dossier',
  documents: 'Renewal documents',
  documentsIntro_one:
    '{{count}} of {{total}} documents accepted; the certification body plans the audit once all are accepted.',
  documentsIntro_other:
    '{{count}} of {{total}} documents accepted; the certification body plans the audit once all are accepted.',
  documentsClosed: 'Filing is closed: the audit has been planned.',
  status: {
    missing: 'To file',
    submitted: 'Filed, being checked',
    accepted: 'Accepted',
    rejected: 'Rejected',
  },
  filed: 'File filed ({{label}})',
  rejectedBecause: 'Rejected: {{reason}}. File it again.',
  send_one: 'File {{count}} document',
  send_other: 'File {{count}} documents',
  sendNone: 'File the documents',
  sent_one: '{{count}} document filed: the certification body checks it.',
  sent_other: '{{count}} documents filed: the certification body checks them.',
  sendFailed: 'The documents could not be filed: {{message}}',
};

addStrings({ fr: { renewal: renewalFr }, en: { renewal: renewalEn } });
