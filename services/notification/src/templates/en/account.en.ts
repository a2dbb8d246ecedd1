import type { EventTemplate } from '../event-template';
import type { AccountEventType } from '../../routing/event-types';

export const ACCOUNT_EN: Record<AccountEventType, EventTemplate> = {
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
};
