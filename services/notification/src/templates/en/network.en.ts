import type { NetworkEventType } from '../../routing/event-types';
import type { EventTemplate } from '../event-template';

export const NETWORK_EN: Record<NetworkEventType, EventTemplate> = {
  'certhub.network.created.v1': {
    subject: 'Your network {{data.name}} is open',
    summary: 'The certifier opened the network {{data.name}} on the platform.',
    html: '<p>You can now add your training organisations and their establishments.</p>',
    text: 'You can now add your training organisations and their establishments.',
  },
  'certhub.network.updated.v1': {
    subject: 'Your network was edited',
    summary: 'Your network’s details were edited.',
    html: '<p>Check that these changes were expected.</p>',
    text: 'Check that these changes were expected.',
  },
  'certhub.training_organisation.created.v1': {
    subject: 'New training organisation: {{data.name}}',
    summary: 'The training organisation {{data.name}} (SIREN {{data.siren}}) joined your network.',
    html: '<p>It needs at least one establishment before it can record candidacies.</p>',
    text: 'It needs at least one establishment before it can record candidacies.',
  },
  'certhub.training_organisation.updated.v1': {
    subject: 'A training organisation was edited',
    summary: 'The details of a training organisation of your network were edited.',
    html: '<p>Check that these changes were expected.</p>',
    text: 'Check that these changes were expected.',
  },
  'certhub.establishment.updated.v1': {
    subject: 'An establishment was edited',
    summary: 'The details of an establishment of your network were edited.',
    html: '<p>Its history lists every action on the establishment.</p>',
    text: 'Its history lists every action on the establishment.',
  },
  'certhub.establishment.created.v1': {
    subject: 'New establishment (SIRET {{data.siret}})',
    summary: 'An establishment with SIRET {{data.siret}} was added to your network.',
    html: '<p>Ask for its habilitation so that it can evaluate and train candidates.</p>',
    text: 'Ask for its habilitation so that it can evaluate and train candidates.',
  },
  'certhub.training_organisation.activation_changed.v1': {
    subject:
      '{{#if data.active}}A training organisation is active again{{else}}A training organisation is deactivated{{/if}}',
    summary:
      '{{#if data.active}}The certifier reactivated one of your training organisations.{{else}}The certifier deactivated one of your training organisations.{{/if}}',
    html: '<p>{{#if data.active}}Its establishments can record candidacies again (those that are active themselves).{{else}}None of its establishments can record candidacies nor complete dossiers any more.{{/if}}</p>',
    text: '{{#if data.active}}Its establishments can record candidacies again (those that are active themselves).{{else}}None of its establishments can record candidacies nor complete dossiers any more.{{/if}}',
  },
  'certhub.establishment.activation_changed.v1': {
    subject:
      '{{#if data.active}}An establishment is active again{{else}}An establishment is deactivated{{/if}}',
    summary:
      '{{#if data.active}}The certifier reactivated one of your establishments.{{else}}The certifier deactivated one of your establishments.{{/if}}',
    html: '<p>{{#if data.active}}It can record candidacies again.{{else}}It can no longer record candidacies nor complete dossiers.{{/if}}</p>',
    text: '{{#if data.active}}It can record candidacies again.{{else}}It can no longer record candidacies nor complete dossiers.{{/if}}',
  },
};
