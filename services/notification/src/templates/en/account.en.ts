import type { EventTemplate } from '../event-template';
import type { AccountEventType } from '../../routing/event-types';

export const ACCOUNT_EN: Record<AccountEventType, EventTemplate> = {
  'certhub.certification_body.created.v1': {
    subject: 'Certification body {{data.name}} is open',
    summary: 'The platform opened certification body {{data.name}}.',
    html: '<p>Its certificates will also be issued as verifiable credentials.</p>',
    text: 'Its certificates will also be issued as verifiable credentials.',
  },
  'certhub.issuer_key.rotated.v1': {
    subject: 'New signing key for verifiable credentials',
    summary: 'Your certification body’s verifiable credentials are now signed with key {{data.kid}}.',
    html: '<p>Credentials signed with the previous key ({{data.previousKid}}) keep verifying. If nobody in your certification body asked for this change, revoke your administrators’ sessions.</p>',
    text: 'Credentials signed with the previous key ({{data.previousKid}}) keep verifying. If nobody in your certification body asked for this change, revoke your administrators’ sessions.',
  },
  'certhub.organisation.registered.v1': {
    subject: 'Welcome to certhub: {{data.name}} is registered',
    summary: 'Your organisation {{data.name}} (SIREN {{data.siren}}) is registered on the platform.',
    html: '<p>You can open your certification dossier and fill in your admissibility questionnaire.</p>',
    text: 'You can open your certification dossier and fill in your admissibility questionnaire.',
  },
  'certhub.organisation.activation_changed.v1': {
    subject:
      '{{#if data.active}}Your organisation is active again{{else}}Your organisation is deactivated{{/if}}',
    summary:
      '{{#if data.active}}The platform reactivated your organisation.{{else}}The platform deactivated your organisation.{{/if}}',
    html: '<p>{{#if data.active}}Your users can reach your dossiers again.{{else}}Please contact the platform support with any question.{{/if}}</p>',
    text: '{{#if data.active}}Your users can reach your dossiers again.{{else}}Please contact the platform support with any question.{{/if}}',
  },
  'certhub.organisation.updated.v1': {
    subject: 'Your organisation’s details were changed',
    summary: 'An administrator changed your organisation’s details or contacts.',
    html: '<p>If you did not make this change, look at your organisation’s history.</p>',
    text: 'If you did not make this change, look at your organisation’s history.',
  },
  'certhub.user.invited.v1': {
    subject: 'New user invited ({{labelOr "role" data.role}})',
    summary: 'A user was invited into your space with the role {{labelOr "role" data.role}}.',
    html: '<p>They will receive an e-mail to choose their password at their first sign-in.</p>',
    text: 'They will receive an e-mail to choose their password at their first sign-in.',
  },
  'certhub.user.enabled_changed.v1': {
    subject: '{{#if data.enabled}}Your account is active again{{else}}Your account is deactivated{{/if}}',
    summary:
      '{{#if data.enabled}}An administrator reactivated your account.{{else}}An administrator deactivated your account.{{/if}}',
    html: '<p>{{#if data.enabled}}You can sign in again.{{else}}You can no longer sign in.{{/if}}</p>',
    text: '{{#if data.enabled}}You can sign in again.{{else}}You can no longer sign in.{{/if}}',
  },
  'certhub.user.signup_attempted.v1': {
    subject: 'Someone tried to create an account with your address',
    summary:
      'Someone tried to create an account (a registration or an invitation) with your address, which already has one.',
    html: '<p>If it was you, sign in with your existing account (or reset your password). Otherwise you may ignore this message: nothing was created.</p>',
    text: 'If it was you, sign in with your existing account (or reset your password). Otherwise you may ignore this message: nothing was created.',
  },
  'certhub.organisation.registration_attempted.v1': {
    subject: 'Someone tried to register your organisation',
    summary:
      '{{data.applicantEmail}} tried to register your organisation (SIREN {{data.siren}}), which is already registered.',
    html: '<p>Nothing was created. If it is a colleague, invite them from the Users page.</p>',
    text: 'Nothing was created. If it is a colleague, invite them from the Users page.',
  },
};
