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
};

addStrings({ fr: { certificateLayout: fr }, en: { certificateLayout: en } });
