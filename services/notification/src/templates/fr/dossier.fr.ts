import type { EventTemplate } from '../event-template';
import type { DossierEventType } from '../../routing/event-types';

/**
 * A mail at each step of the applicant's journey, and at each step the CB acts on
 * (docs/domain/notifications.md#what-is-notified).
 */
export const DOSSIER_FR: Record<DossierEventType, EventTemplate> = {
  'certhub.dossier.created.v1': {
    subject: 'Dossier {{data.reference}} : questionnaire de recevabilité à saisir',
    summary:
      'Votre dossier {{data.reference}} est ouvert : vous avez un questionnaire de recevabilité à saisir.',
    html: '<p>Vous pouvez le compléter en plusieurs fois : enregistrez régulièrement, puis cliquez sur « Soumettre » lorsque toutes les questions obligatoires ont une réponse.</p>',
    text: 'Vous pouvez le compléter en plusieurs fois : enregistrez régulièrement, puis cliquez sur « Soumettre » lorsque toutes les questions obligatoires ont une réponse.',
  },
  'certhub.dossier.status_changed.v1': {
    subject: 'Dossier {{data.reference}} : {{label "status" data.to}}',
    summary:
      'Le dossier {{data.reference}} est passé du statut « {{label "status" data.from}} » au statut « {{label "status" data.to}} ».',
    html: '<p>Changement enregistré le {{date data.at}}.</p>',
    text: 'Changement enregistré le {{date data.at}}.',
  },
  'certhub.dossier.submitted.v1': {
    subject: 'Dossier {{dossier data}} : questionnaire soumis',
    summary:
      'Le questionnaire de recevabilité du dossier {{dossier data}} a été soumis le {{date data.submittedAt}}.',
    html: '<p>Il est désormais en lecture seule. L’organisme certificateur va l’analyser pour établir une offre commerciale.</p>',
    text: 'Il est désormais en lecture seule. L’organisme certificateur va l’analyser pour établir une offre commerciale.',
  },
  'certhub.dossier.assigned.v1': {
    subject: 'Dossier {{dossier data}} : instruction qui vous est confiée',
    summary: 'Le dossier {{dossier data}} vous a été attribué pour instruction le {{date data.at}}.',
    html: '<p>Analysez le questionnaire de recevabilité : prononcez la recevabilité ou formulez des écarts.</p>',
    text: 'Analysez le questionnaire de recevabilité : prononcez la recevabilité ou formulez des écarts.',
  },
  'certhub.dossier.admissible.v1': {
    subject: 'Dossier {{dossier data}} : questionnaire recevable',
    summary:
      'L’organisme certificateur a prononcé la recevabilité du questionnaire du dossier {{dossier data}} le {{date data.at}}.',
    html: '<p>Une offre commerciale vous sera adressée par votre organisme certificateur.</p>',
    text: 'Une offre commerciale vous sera adressée par votre organisme certificateur.',
  },
  'certhub.dossier.questionnaire_finding_raised.v1': {
    subject: 'Dossier {{dossier data}} : écart {{data.number}} sur votre questionnaire',
    summary:
      'L’organisme certificateur a formulé l’écart {{data.number}} sur une réponse du questionnaire du dossier {{dossier data}}.',
    html: '<p>Consultez l’écart, apportez une réponse (action corrective, réponse ou document corrigé) puis soumettez de nouveau le questionnaire.</p>',
    text: 'Consultez l’écart, apportez une réponse (action corrective, réponse ou document corrigé) puis soumettez de nouveau le questionnaire.',
  },
  'certhub.dossier.audit_planned.v1': {
    subject:
      'Dossier {{dossier data}} : audit {{label "auditType" data.type}} planifié le {{date data.startDate}}',
    summary:
      'L’audit {{label "auditType" data.type}} du dossier {{dossier data}} aura lieu du {{date data.startDate}} au {{date data.endDate}}{{#if auditors.length}}, réalisé par {{names auditors}}{{/if}}.',
    html: '<p>Il apparaîtra dans « Mes interventions à venir » dans les 30 jours qui le précèdent.</p>',
    text: 'Il apparaîtra dans « Mes interventions à venir » dans les 30 jours qui le précèdent.',
  },
  'certhub.dossier.audit_completed.v1': {
    subject: 'Dossier {{dossier data}} : audit {{label "auditType" data.type}} réalisé',
    summary:
      'L’audit {{label "auditType" data.type}} du dossier {{dossier data}} a été réalisé le {{date data.at}}.',
    html: '<p>{{#if data.reportDocumentId}}Le rapport d’audit est disponible sur la plateforme.{{else}}Le rapport d’audit sera déposé sur la plateforme.{{/if}} Les écarts éventuels vous seront notifiés.</p>',
    text: '{{#if data.reportDocumentId}}Le rapport d’audit est disponible sur la plateforme.{{else}}Le rapport d’audit sera déposé sur la plateforme.{{/if}} Les écarts éventuels vous seront notifiés.',
  },
  'certhub.dossier.finding_raised.v1': {
    subject: 'Dossier {{dossier data}} : écart {{label "severity" data.severity}} {{data.number}} à traiter',
    summary:
      'Un écart {{label "severity" data.severity}} ({{data.number}}) a été relevé sur l’exigence {{data.requirementId}} du dossier {{dossier data}}.',
    html: '<p>Proposez vos mesures correctives avant le <strong>{{date data.dueDate}}</strong>.</p>',
    text: 'Proposez vos mesures correctives avant le {{date data.dueDate}}.',
  },
  'certhub.dossier.finding_closed.v1': {
    subject: 'Dossier {{dossier data}} : écart {{data.number}} levé',
    summary:
      'L’écart {{label "severity" data.severity}} {{data.number}} (exigence {{data.requirementId}}) du dossier {{dossier data}} a été levé le {{date data.at}}.',
    html: '<p>Relevé le {{date data.raisedAt}}, il est clos : ses mesures correctives et ses preuves ont été acceptées.</p>',
    text: 'Relevé le {{date data.raisedAt}}, il est clos : ses mesures correctives et ses preuves ont été acceptées.',
  },
  'certhub.dossier.decision_recorded.v1': {
    subject:
      'Dossier {{dossier data}} : décision {{label "decisionKind" data.kind}} — {{label "outcome" data.outcome}}',
    summary:
      'La décision {{label "decisionKind" data.kind}} sur le dossier {{dossier data}} a été prise le {{date data.at}} : {{label "outcome" data.outcome}}.',
    html: '<p>Motif : {{data.reason}}</p>',
    text: 'Motif : {{data.reason}}',
  },
};
