import type { EventTemplate } from '../event-template';
import type { AccountEventType } from '../../routing/event-types';

export const ACCOUNT_FR: Record<AccountEventType, EventTemplate> = {
  'certhub.certification_body.created.v1': {
    subject: 'L’organisme certificateur {{data.name}} est ouvert',
    summary: 'La plateforme a ouvert l’organisme certificateur {{data.name}}.',
    html: '<p>Ses certificats seront aussi délivrés comme attestations vérifiables.</p>',
    text: 'Ses certificats seront aussi délivrés comme attestations vérifiables.',
  },
  'certhub.issuer_key.rotated.v1': {
    subject: 'Nouvelle clé de signature des attestations vérifiables',
    summary:
      'Les attestations vérifiables de votre organisme sont désormais signées avec la clé {{data.kid}}.',
    html: '<p>Les attestations signées avec l’ancienne clé ({{data.previousKid}}) restent vérifiables. Si personne dans votre organisme n’a demandé ce changement, révoquez les sessions de vos administrateurs.</p>',
    text: 'Les attestations signées avec l’ancienne clé ({{data.previousKid}}) restent vérifiables. Si personne dans votre organisme n’a demandé ce changement, révoquez les sessions de vos administrateurs.',
  },
  'certhub.organisation.registered.v1': {
    subject: 'Bienvenue sur certhub : {{data.name}} est inscrite',
    summary: 'Votre organisation {{data.name}} (SIREN {{data.siren}}) est inscrite sur la plateforme.',
    html: '<p>Vous pouvez ouvrir votre dossier de certification et saisir votre questionnaire de recevabilité.</p>',
    text: 'Vous pouvez ouvrir votre dossier de certification et saisir votre questionnaire de recevabilité.',
  },
  'certhub.organisation.activation_changed.v1': {
    subject:
      '{{#if data.active}}Votre organisation est réactivée{{else}}Votre organisation est désactivée{{/if}}',
    summary:
      '{{#if data.active}}La plateforme a réactivé votre organisation.{{else}}La plateforme a désactivé votre organisation.{{/if}}',
    html: '<p>{{#if data.active}}Vos utilisateurs retrouvent l’accès à vos dossiers.{{else}}Pour toute question, contactez le support de la plateforme.{{/if}}</p>',
    text: '{{#if data.active}}Vos utilisateurs retrouvent l’accès à vos dossiers.{{else}}Pour toute question, contactez le support de la plateforme.{{/if}}',
  },
  'certhub.organisation.updated.v1': {
    subject: 'Les coordonnées de votre organisation ont été modifiées',
    summary: 'Un administrateur a modifié les coordonnées ou les interlocuteurs de votre organisation.',
    html: '<p>Si vous n’êtes pas à l’origine de cette modification, consultez l’historique de votre organisation.</p>',
    text: 'Si vous n’êtes pas à l’origine de cette modification, consultez l’historique de votre organisation.',
  },
  'certhub.user.invited.v1': {
    subject: 'Nouvel utilisateur invité ({{labelOr "role" data.role}})',
    summary: 'Un utilisateur a été invité dans votre espace avec le rôle {{labelOr "role" data.role}}.',
    html: '<p>Il recevra un e-mail pour choisir son mot de passe lors de sa première connexion.</p>',
    text: 'Il recevra un e-mail pour choisir son mot de passe lors de sa première connexion.',
  },
  'certhub.user.enabled_changed.v1': {
    subject: '{{#if data.enabled}}Votre compte est réactivé{{else}}Votre compte est désactivé{{/if}}',
    summary:
      '{{#if data.enabled}}Un administrateur a réactivé votre compte.{{else}}Un administrateur a désactivé votre compte.{{/if}}',
    html: '<p>{{#if data.enabled}}Vous pouvez de nouveau vous connecter.{{else}}Vous ne pouvez plus vous connecter.{{/if}}</p>',
    text: '{{#if data.enabled}}Vous pouvez de nouveau vous connecter.{{else}}Vous ne pouvez plus vous connecter.{{/if}}',
  },
  'certhub.user.signup_attempted.v1': {
    subject: 'Tentative de création de compte avec votre adresse',
    summary:
      'Quelqu’un a tenté de créer un compte (inscription ou invitation) avec votre adresse, qui en a déjà un.',
    html: '<p>Si c’était vous, connectez-vous avec votre compte existant (ou réinitialisez votre mot de passe). Sinon, vous pouvez ignorer ce message : rien n’a été créé.</p>',
    text: 'Si c’était vous, connectez-vous avec votre compte existant (ou réinitialisez votre mot de passe). Sinon, vous pouvez ignorer ce message : rien n’a été créé.',
  },
  'certhub.organisation.registration_attempted.v1': {
    subject: 'Tentative d’inscription de votre organisation',
    summary:
      '{{data.applicantEmail}} a tenté d’inscrire votre organisation (SIREN {{data.siren}}), déjà inscrite.',
    html: '<p>Rien n’a été créé. S’il s’agit d’un collègue, invitez-le depuis la page Utilisateurs.</p>',
    text: 'Rien n’a été créé. S’il s’agit d’un collègue, invitez-le depuis la page Utilisateurs.',
  },
};
