import type { NetworkEventType } from '../../routing/event-types';
import type { EventTemplate } from '../event-template';

export const NETWORK_FR: Record<NetworkEventType, EventTemplate> = {
  'certhub.network.created.v1': {
    subject: 'Votre réseau {{data.name}} est ouvert',
    summary: 'Le certificateur a ouvert le réseau {{data.name}} sur la plateforme.',
    html: '<p>Vous pouvez maintenant ajouter vos organismes de formation et leurs établissements.</p>',
    text: 'Vous pouvez maintenant ajouter vos organismes de formation et leurs établissements.',
  },
  'certhub.network.updated.v1': {
    subject: 'Votre réseau a été modifié',
    summary: 'Les informations de votre réseau ont été modifiées.',
    html: '<p>Vérifiez que ces changements sont attendus.</p>',
    text: 'Vérifiez que ces changements sont attendus.',
  },
  'certhub.training_organisation.created.v1': {
    subject: 'Nouvel organisme de formation : {{data.name}}',
    summary: 'L’organisme de formation {{data.name}} (SIREN {{data.siren}}) a rejoint votre réseau.',
    html: '<p>Il lui faut au moins un établissement pour enregistrer des candidatures.</p>',
    text: 'Il lui faut au moins un établissement pour enregistrer des candidatures.',
  },
  'certhub.training_organisation.updated.v1': {
    subject: 'Un organisme de formation a été modifié',
    summary: 'La fiche d’un organisme de votre réseau a été modifiée.',
    html: '<p>Vérifiez que ces changements sont attendus.</p>',
    text: 'Vérifiez que ces changements sont attendus.',
  },
  'certhub.establishment.updated.v1': {
    subject: 'Un établissement a été modifié',
    summary: 'La fiche d’un établissement de votre réseau a été modifiée.',
    html: '<p>Son historique liste chaque action effectuée sur l’établissement.</p>',
    text: 'Son historique liste chaque action effectuée sur l’établissement.',
  },
  'certhub.establishment.created.v1': {
    subject: 'Nouvel établissement (SIRET {{data.siret}})',
    summary: 'Un établissement de SIRET {{data.siret}} a été ajouté à votre réseau.',
    html: '<p>Demandez son habilitation pour qu’il puisse évaluer et former des candidats.</p>',
    text: 'Demandez son habilitation pour qu’il puisse évaluer et former des candidats.',
  },
  'certhub.training_organisation.activation_changed.v1': {
    subject:
      '{{#if data.active}}Un organisme de formation est de nouveau actif{{else}}Un organisme de formation est désactivé{{/if}}',
    summary:
      '{{#if data.active}}Le certificateur a réactivé l’un de vos organismes de formation.{{else}}Le certificateur a désactivé l’un de vos organismes de formation.{{/if}}',
    html: '<p>{{#if data.active}}Ses établissements peuvent de nouveau enregistrer des candidatures (ceux qui sont eux-mêmes actifs).{{else}}Aucun de ses établissements ne peut plus enregistrer de candidatures ni compléter de dossiers.{{/if}}</p>',
    text: '{{#if data.active}}Ses établissements peuvent de nouveau enregistrer des candidatures (ceux qui sont eux-mêmes actifs).{{else}}Aucun de ses établissements ne peut plus enregistrer de candidatures ni compléter de dossiers.{{/if}}',
  },
  'certhub.establishment.activation_changed.v1': {
    subject:
      '{{#if data.active}}Un établissement est de nouveau actif{{else}}Un établissement est désactivé{{/if}}',
    summary:
      '{{#if data.active}}Le certificateur a réactivé l’un de vos établissements.{{else}}Le certificateur a désactivé l’un de vos établissements.{{/if}}',
    html: '<p>{{#if data.active}}Il peut de nouveau enregistrer des candidatures.{{else}}Il ne peut plus enregistrer de candidatures ni compléter de dossiers.{{/if}}</p>',
    text: '{{#if data.active}}Il peut de nouveau enregistrer des candidatures.{{else}}Il ne peut plus enregistrer de candidatures ni compléter de dossiers.{{/if}}',
  },
};
