import type { Strings } from './fr';
import { addStrings } from './i18n';

/** The verification page's words: it loads them with its pages. */
const verifyFr = {
  pageTitle: 'Vérifier le certificat {{number}}',
  title: 'Vérifier une attestation',
  intro:
    'La vérification se fait dans votre navigateur : la signature de l’organisme certificateur, la liste de statut (retrait, suspension) qu’il publie et la date de validité. Rien d’autre n’est envoyé.',
  checking: 'Vérification en cours…',
  notFound: 'Aucune attestation vérifiable ne porte le numéro {{number}}.',
  verdict: {
    valid: 'Attestation authentique et valide',
    suspended: 'Attestation authentique, mais suspendue',
    revoked: 'Attestation authentique, mais retirée',
    expired: 'Attestation authentique, mais expirée',
    not_yet_valid: 'Attestation authentique, pas encore valide',
    unchecked: 'Attestation authentique, statut non vérifiable pour l’instant',
    invalid: 'Attestation non authentique : ne vous y fiez pas',
  },
  explain: {
    valid:
      'Elle a bien été délivrée par l’organisme certificateur ci-dessous, n’a pas été modifiée, et elle est en cours de validité.',
    suspended:
      'L’organisme certificateur a suspendu ce certificat : il ne vaut pas tant que la suspension dure.',
    revoked: 'L’organisme certificateur a retiré ce certificat : il ne vaut plus.',
    expired: 'La période de validité de ce certificat est terminée.',
    not_yet_valid: 'La période de validité de ce certificat n’a pas commencé.',
    unchecked: 'La liste de statut de l’organisme certificateur n’a pas répondu. Réessayez dans un instant.',
    invalid:
      'La signature ne correspond pas : l’attestation a été modifiée, ou ne vient pas de l’organisme qu’elle nomme.',
  },
  checks: 'Contrôles effectués',
  check: {
    signature: 'Signature de l’organisme certificateur',
    revocation: 'Non retiré (liste de statut)',
    suspension: 'Non suspendu (liste de statut)',
    validity: 'Dans sa période de validité',
  },
  passed: 'réussi',
  failed: 'échoué',
  unknown: 'non vérifiable',
  reason: 'Détail : {{reason}}',
  number: 'Numéro',
  holder: 'Titulaire',
  siren: 'SIREN {{siren}}',
  certification: 'Certification',
  issuer: 'Délivré par',
  validity: 'Validité',
  validityRange: 'Du {{from}} au {{to}}',
  validFromOnly: 'À partir du {{from}}',
  scope: 'Périmètre certifié',
  registry: 'Voir ce certificat au registre public',
  otherTitle: 'Vérifier un autre document',
  otherIntro:
    'Déposez le PDF d’un certificat (l’attestation y est jointe) ou un fichier .vc.jwt, ou collez l’attestation elle-même. Le fichier reste dans votre navigateur.',
  choose: 'Choisir un fichier',
  drop: 'ou déposez-le ici',
  paste: 'Attestation à coller (vc+jwt)',
  verify: 'Vérifier',
  noCredential: '{{name}} ne contient pas d’attestation vérifiable.',
  pasteInvalid: 'Ce texte n’est pas une attestation vc+jwt (trois parties séparées par des points).',
  readFailed: 'Lecture impossible : {{message}}',
  downloadCredential: 'Télécharger l’attestation vérifiable (.vc.jwt)',
  downloadQr: 'QR code de la page de vérification (SVG)',
  publicPage: 'Page publique de vérification',
};

const verifyEn: Strings<typeof verifyFr> = {
  pageTitle: 'Verify certificate {{number}}',
  title: 'Verify a credential',
  intro:
    'The check runs in your browser: the certification body’s signature, the status list it publishes (withdrawal, suspension) and the validity dates. Nothing else is sent.',
  checking: 'Checking…',
  notFound: 'No verifiable credential has the number {{number}}.',
  verdict: {
    valid: 'Genuine and valid credential',
    suspended: 'Genuine credential, but suspended',
    revoked: 'Genuine credential, but withdrawn',
    expired: 'Genuine credential, but expired',
    not_yet_valid: 'Genuine credential, not valid yet',
    unchecked: 'Genuine credential, status not checkable right now',
    invalid: 'Not a genuine credential: do not rely on it',
  },
  explain: {
    valid:
      'It was issued by the certification body below, has not been altered, and is within its validity period.',
    suspended:
      'The certification body suspended this certificate: it does not hold while the suspension lasts.',
    revoked: 'The certification body withdrew this certificate: it no longer holds.',
    expired: 'This certificate’s validity period is over.',
    not_yet_valid: 'This certificate’s validity period has not begun.',
    unchecked: 'The certification body’s status list did not answer. Try again in a moment.',
    invalid:
      'The signature does not match: the credential was altered, or does not come from the body it names.',
  },
  checks: 'Checks made',
  check: {
    signature: 'Signature of the certification body',
    revocation: 'Not withdrawn (status list)',
    suspension: 'Not suspended (status list)',
    validity: 'Within its validity period',
  },
  passed: 'passed',
  failed: 'failed',
  unknown: 'not checkable',
  reason: 'Detail: {{reason}}',
  number: 'Number',
  holder: 'Holder',
  siren: 'SIREN {{siren}}',
  certification: 'Certification',
  issuer: 'Issued by',
  validity: 'Validity',
  validityRange: 'From {{from}} to {{to}}',
  validFromOnly: 'From {{from}}',
  scope: 'Certified scope',
  registry: 'See this certificate in the public registry',
  otherTitle: 'Verify another document',
  otherIntro:
    'Drop a certificate’s PDF (the credential is attached to it) or a .vc.jwt file, or paste the credential itself. The file stays in your browser.',
  choose: 'Choose a file',
  drop: 'or drop it here',
  paste: 'Credential to paste (vc+jwt)',
  verify: 'Verify',
  noCredential: '{{name}} holds no verifiable credential.',
  pasteInvalid: 'This text is not a vc+jwt credential (three parts separated by dots).',
  readFailed: 'Could not read it: {{message}}',
  downloadCredential: 'Download the verifiable credential (.vc.jwt)',
  downloadQr: 'QR code of the verification page (SVG)',
  publicPage: 'Public verification page',
};

addStrings({ fr: { verify: verifyFr }, en: { verify: verifyEn } });
