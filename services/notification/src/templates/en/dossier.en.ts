import type { EventTemplate } from '../event-template';
import type { DossierEventType } from '../../routing/event-types';

export const DOSSIER_EN: Record<DossierEventType, EventTemplate> = {
  'certhub.dossier.created.v1': {
    subject: 'Dossier {{data.reference}}: admissibility questionnaire to fill in',
    summary: 'Your dossier {{data.reference}} is open: you have an admissibility questionnaire to fill in.',
    html: '<p>You may fill it in several sittings: save regularly, then click “Submit” once every required question is answered.</p>',
    text: 'You may fill it in several sittings: save regularly, then click “Submit” once every required question is answered.',
  },
  'certhub.dossier.status_changed.v1': {
    subject: 'Dossier {{data.reference}}: {{label "status" data.to}}',
    summary:
      'Dossier {{data.reference}} moved from “{{label "status" data.from}}” to “{{label "status" data.to}}”.',
    html: '<p>Change recorded on {{date data.at}}.</p>',
    text: 'Change recorded on {{date data.at}}.',
  },
  'certhub.dossier.submitted.v1': {
    subject: 'Dossier {{dossier data}}: questionnaire submitted',
    summary:
      'The admissibility questionnaire of dossier {{dossier data}} was submitted on {{date data.submittedAt}}.',
    html: '<p>It is now read-only. The certification body will review it to prepare a commercial offer.</p>',
    text: 'It is now read-only. The certification body will review it to prepare a commercial offer.',
  },
  'certhub.dossier.assigned.v1': {
    subject: 'Dossier {{dossier data}}: assigned to you',
    summary: 'Dossier {{dossier data}} was assigned to you on {{date data.at}}.',
    html: '<p>Review the admissibility questionnaire: declare it admissible or raise findings.</p>',
    text: 'Review the admissibility questionnaire: declare it admissible or raise findings.',
  },
  'certhub.dossier.admissible.v1': {
    subject: 'Dossier {{dossier data}}: questionnaire admissible',
    summary:
      'The certification body declared the questionnaire of dossier {{dossier data}} admissible on {{date data.at}}.',
    html: '<p>Your certification body will send you a commercial offer.</p>',
    text: 'Your certification body will send you a commercial offer.',
  },
  'certhub.dossier.questionnaire_finding_raised.v1': {
    subject: 'Dossier {{dossier data}}: finding {{data.number}} on your questionnaire',
    summary:
      'The certification body raised finding {{data.number}} on an answer of the questionnaire of dossier {{dossier data}}.',
    html: '<p>Read the finding, answer it (corrective action, corrected answer or document), then submit the questionnaire again.</p>',
    text: 'Read the finding, answer it (corrective action, corrected answer or document), then submit the questionnaire again.',
  },
  'certhub.dossier.audit_planned.v1': {
    subject:
      'Dossier {{dossier data}}: {{label "auditType" data.type}} audit planned on {{date data.startDate}}',
    summary:
      'The {{label "auditType" data.type}} audit of dossier {{dossier data}} takes place from {{date data.startDate}} to {{date data.endDate}}{{#if auditors.length}}, conducted by {{names auditors}}{{/if}}.',
    html: '<p>It shows under “My upcoming interventions” during the 30 days before it.</p>',
    text: 'It shows under “My upcoming interventions” during the 30 days before it.',
  },
  'certhub.dossier.audit_completed.v1': {
    subject: 'Dossier {{dossier data}}: {{label "auditType" data.type}} audit completed',
    summary:
      'The {{label "auditType" data.type}} audit of dossier {{dossier data}} took place on {{date data.at}}.',
    html: '<p>{{#if data.reportDocumentId}}The audit report is available on the platform.{{else}}The audit report will be filed on the platform.{{/if}} You will be notified of any finding.</p>',
    text: '{{#if data.reportDocumentId}}The audit report is available on the platform.{{else}}The audit report will be filed on the platform.{{/if}} You will be notified of any finding.',
  },
  'certhub.dossier.finding_raised.v1': {
    subject:
      'Dossier {{dossier data}}: {{label "severity" data.severity}} finding {{data.number}} to address',
    summary:
      'A {{label "severity" data.severity}} finding ({{data.number}}) was raised against requirement {{data.requirementId}} of dossier {{dossier data}}.',
    html: '<p>Propose your corrective measures before <strong>{{date data.dueDate}}</strong>.</p>',
    text: 'Propose your corrective measures before {{date data.dueDate}}.',
  },
  'certhub.dossier.finding_closed.v1': {
    subject: 'Dossier {{dossier data}}: finding {{data.number}} closed',
    summary:
      'The {{label "severity" data.severity}} finding {{data.number}} (requirement {{data.requirementId}}) of dossier {{dossier data}} was closed on {{date data.at}}.',
    html: '<p>Raised on {{date data.raisedAt}}, it is closed: its corrective measures and proofs were accepted.</p>',
    text: 'Raised on {{date data.raisedAt}}, it is closed: its corrective measures and proofs were accepted.',
  },
  'certhub.dossier.decision_recorded.v1': {
    subject:
      'Dossier {{dossier data}}: {{label "decisionKind" data.kind}} decision — {{label "outcome" data.outcome}}',
    summary:
      'The {{label "decisionKind" data.kind}} decision on dossier {{dossier data}} was taken on {{date data.at}}: {{label "outcome" data.outcome}}.',
    html: '<p>Reason: {{data.reason}}</p>',
    text: 'Reason: {{data.reason}}',
  },
};
