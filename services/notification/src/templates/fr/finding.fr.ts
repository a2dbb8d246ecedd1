import { sentence, type EventTemplate } from '../event-template';
import type { FindingEventType } from '../../routing/event-types';

/**
 * Les étapes d'une non-conformité (NC), des mesures correctives (MC) et des preuves matérielles (PM):
 * docs/domain/organisation-certification.md#audit-findings.
 */
export const FINDING_FR: Record<FindingEventType, EventTemplate> = {
  'certhub.audit.rescheduled.v1': {
    subject:
      'Dossier {{dossier data}} : audit {{label "auditType" data.type}} déplacé au {{date data.startDate}}',
    summary:
      'L’audit {{label "auditType" data.type}} du dossier {{dossier data}} prévu du {{date data.previousStartDate}} au {{date data.previousEndDate}} aura lieu du {{date data.startDate}} au {{date data.endDate}}{{#if auditors.length}}, réalisé par {{names auditors}}{{/if}}.',
    ...sentence('Les nouvelles dates sont visibles dans vos interventions.'),
  },
  'certhub.audit.cancelled.v1': {
    subject: 'Dossier {{dossier data}} : audit {{label "auditType" data.type}} annulé',
    summary:
      'L’audit {{label "auditType" data.type}} du dossier {{dossier data}} prévu du {{date data.startDate}} au {{date data.endDate}} est annulé.',
    ...sentence('Motif : {{data.reason}}'),
  },
  'certhub.finding.recorded.v1': {
    subject: 'Dossier {{dossier data}} : non-conformité {{data.number}} à confirmer',
    summary:
      'L’auditeur a saisi la non-conformité {{label "severity" data.severity}} {{data.number}} sur l’exigence {{data.requirementId}} du dossier {{dossier data}}{{#if data.late}}, après le délai de saisie{{/if}}.',
    ...sentence('Confirmez-la ou rejetez-la, puis demandez au client ses mesures correctives.'),
  },
  'certhub.finding.rejected.v1': {
    subject: 'Dossier {{dossier data}} : non-conformité {{data.number}} rejetée',
    summary: 'L’analyste a rejeté la non-conformité {{data.number}} du dossier {{dossier data}}.',
    ...sentence('Motif : {{data.reason}}'),
  },
  'certhub.finding.measures_requested.v1': {
    subject: 'Dossier {{dossier data}} : mesures correctives à saisir pour {{data.number}}',
    summary:
      'Votre analyste vous demande des mesures correctives pour la non-conformité {{data.number}} du dossier {{dossier data}}.',
    html: '<p>Saisissez vos mesures correctives avant le <strong>{{date data.dueDate}}</strong>, marquez-les « prêtes à envoyer » puis cliquez sur « Envoyer ». Seules les mesures marquées prêtes sont envoyées.</p>',
    text: 'Saisissez vos mesures correctives avant le {{date data.dueDate}}, marquez-les « prêtes à envoyer » puis cliquez sur « Envoyer ». Seules les mesures marquées prêtes sont envoyées.',
  },
  'certhub.finding.measures_sent.v1': {
    subject: 'Dossier {{dossier data}} : mesures correctives reçues pour {{data.number}}',
    summary:
      'Le client a envoyé des mesures correctives pour la non-conformité {{data.number}} du dossier {{dossier data}}.',
    ...sentence('Acceptez-les ou demandez une clarification, mesure par mesure.'),
  },
  'certhub.finding.measures_reviewed.v1': {
    subject: 'Dossier {{dossier data}} : vos mesures correctives pour {{data.number}} ont été examinées',
    summary:
      'Votre analyste a examiné les mesures correctives envoyées pour la non-conformité {{data.number}} du dossier {{dossier data}}.',
    ...sentence(
      'Consultez le détail : certaines mesures peuvent demander une clarification (rubrique « Communication »).',
    ),
  },
  'certhub.finding.proofs_requested.v1': {
    subject: 'Dossier {{dossier data}} : preuves matérielles à déposer pour {{data.number}}',
    summary:
      'Votre analyste vous demande les preuves matérielles de la mise en œuvre des mesures correctives de la non-conformité {{data.number}} du dossier {{dossier data}}.',
    html: '<p>Déposez vos documents avant le <strong>{{date data.dueDate}}</strong>, marquez-les « prêtes à envoyer » puis cliquez sur « Envoyer ».</p>',
    text: 'Déposez vos documents avant le {{date data.dueDate}}, marquez-les « prêtes à envoyer » puis cliquez sur « Envoyer ».',
  },
  'certhub.finding.proofs_sent.v1': {
    subject: 'Dossier {{dossier data}} : preuves matérielles reçues pour {{data.number}}',
    summary:
      'Le client a envoyé des preuves matérielles pour la non-conformité {{data.number}} du dossier {{dossier data}}.',
    ...sentence('Acceptez-les (la non-conformité est alors levée) ou demandez une clarification.'),
  },
  'certhub.finding.proofs_reviewed.v1': {
    subject: 'Dossier {{dossier data}} : preuves pour {{data.number}} à compléter',
    summary:
      'Votre analyste a examiné les preuves matérielles envoyées pour la non-conformité {{data.number}} du dossier {{dossier data}} : des compléments sont attendus.',
    ...sentence('Consultez le détail et la rubrique « Communication », puis envoyez de nouveau vos preuves.'),
  },
  'certhub.finding.message_posted.v1': {
    subject: 'Dossier {{dossier data}} : nouveau message sur {{data.number}}',
    summary:
      'Un nouveau message a été publié sur la non-conformité {{data.number}} du dossier {{dossier data}}.',
    ...sentence('Lisez-le et répondez dans la rubrique « Communication » de la non-conformité.'),
  },
  'certhub.finding.reclassified.v1': {
    subject: 'Dossier {{dossier data}} : non-conformité {{data.number}} reclassée après recours',
    summary:
      'À la suite du recours {{data.appealReference}}, la non-conformité {{data.number}} du dossier {{dossier data}} passe de {{label "severity" data.from}} à {{label "severity" data.to}}.',
    ...sentence('Motif : {{data.reason}}'),
  },
};
