import { addStrings } from '../../../i18n/i18n';

const fr = {
  title: 'Présentation des certificats',
  intro:
    'Ce que vos certificats impriment en plus de leurs données : votre logo en tête, et la personne qui signe pour l’organisme au pied de la page. Les certificats délivrés ensuite les reprennent.',
  logo: 'Logo (PNG ou JPEG, 70 ko au plus)',
  signatoryName: 'Nom du signataire',
  signatoryRole: 'Fonction du signataire',
  signature: 'Signature scannée (PNG ou JPEG, 70 ko au plus)',
  current: 'Image actuelle',
  noImage: 'Aucune image',
  removeImage: 'Retirer l’image',
  required: 'Ce champ est obligatoire',
  save: 'Enregistrer',
  saved: 'Enregistré : les prochains certificats porteront cette présentation.',
  failed: 'L’enregistrement a échoué : {{message}}',
  tooLarge: '« {{name}} » dépasse 70 ko : réduisez l’image.',
  notImage: '« {{name}} » n’est pas une image PNG ou JPEG.',
  key: {
    title: 'Clé de signature des attestations vérifiables',
    issuer: 'Identifiant de l’organisme (émetteur) :',
    current: 'Clé qui signe :',
    none: 'aucune encore',
    count_one: '{{count}} clé publiée : les vérificateurs la trouvent dans le document DID de l’organisme.',
    count_other: '{{count}} clés publiées : les attestations signées avec les anciennes restent vérifiables.',
    rotate: 'Changer de clé de signature',
    rotateTitle: 'Signer avec une nouvelle clé ?',
    rotateExplain:
      'Les prochaines attestations seront signées avec une nouvelle clé ; celles déjà délivrées restent vérifiables. Tous les administrateurs de l’organisme en seront avertis. À faire si une clé a pu être compromise, ou selon votre politique de sécurité.',
    rotateConfirm: 'Changer de clé',
    cancel: 'Annuler',
    rotated: 'Nouvelle clé en service : {{kid}}',
  },
};
type Strings = typeof fr;

const en: Strings = {
  title: 'Certificate layout',
  intro:
    'What your certificates print besides their data: your logo at the top, and the person who signs for the body at the foot of the page. Certificates issued from now on use them.',
  logo: 'Logo (PNG or JPEG, 70 KB at most)',
  signatoryName: 'Signatory’s name',
  signatoryRole: 'Signatory’s role',
  signature: 'Scanned signature (PNG or JPEG, 70 KB at most)',
  current: 'Current image',
  noImage: 'No image',
  removeImage: 'Remove the image',
  required: 'This field is required',
  save: 'Save',
  saved: 'Saved: the next certificates will carry this layout.',
  failed: 'Saving failed: {{message}}',
  tooLarge: '“{{name}}” is over 70 KB: make the image smaller.',
  notImage: '“{{name}}” is not a PNG or JPEG image.',
  key: {
    title: 'Signing key of verifiable credentials',
    issuer: 'Your body’s identifier (issuer):',
    current: 'Key that signs:',
    none: 'none yet',
    count_one: '{{count}} key published: verifiers find it in your body’s DID document.',
    count_other: '{{count}} keys published: credentials signed with the older ones keep verifying.',
    rotate: 'Change the signing key',
    rotateTitle: 'Sign with a new key?',
    rotateExplain:
      'Credentials will be signed with a new key from now on; those already issued keep verifying. Every administrator of your body will be told. Do it when a key may have leaked, or as your security policy says.',
    rotateConfirm: 'Change the key',
    cancel: 'Cancel',
    rotated: 'New key in use: {{kid}}',
  },
};

addStrings({ fr: { certificateLayout: fr }, en: { certificateLayout: en } });
