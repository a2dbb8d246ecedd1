import type { CandidacyEventType } from '../../routing/event-types';
import type { EventTemplate } from '../event-template';

export const CANDIDACY_EN: Record<CandidacyEventType, EventTemplate> = {
  'certhub.candidacy.created.v1': {
    subject: 'New candidacy {{data.reference}}',
    summary: 'A candidate was registered in your network (dossier {{data.reference}}).',
    html: '<p>The candidacy now awaits its preliminary evaluation.</p>',
    text: 'The candidacy now awaits its preliminary evaluation.',
  },
  'certhub.candidacy.certifier_changed.v1': {
    subject: 'A dossier was reassigned to another certifier',
    summary:
      'The candidate’s dossier {{data.reference}} moves from the certifier {{data.fromCertifierId}} to the certifier {{data.certifierId}}.',
    html: '<p>Its certification is now the new certifier’s.</p>',
    text: 'Its certification is now the new certifier’s.',
  },
  'certhub.candidacy.updated.v1': {
    subject: 'Candidacy {{data.reference}} changed',
    summary: 'The candidate sheet of dossier {{data.reference}} was changed ({{data.change}}).',
    html: '<p>Its history lists every change.</p>',
    text: 'Its history lists every change.',
  },
  'certhub.candidacy.status_changed.v1': {
    subject: 'Candidacy {{data.reference}}: {{label "candidacyStatus" data.to}}',
    summary: 'The candidacy {{data.reference}} is now {{label "candidacyStatus" data.to}}.',
    html: '<p>{{#if data.reason}}Reason: {{data.reason}}{{else}}Open the candidacy to follow it.{{/if}}</p>',
    text: '{{#if data.reason}}Reason: {{data.reason}}{{else}}Open the candidacy to follow it.{{/if}}',
  },
  'certhub.candidacy.evaluation_changed.v1': {
    subject: 'Evaluation of dossier {{data.reference}}',
    summary: 'An evaluation ({{data.kind}}) of dossier {{data.reference}} changed ({{data.change}}).',
    html: '<p>The candidacy’s trail keeps every change.</p>',
    text: 'The candidacy’s trail keeps every change.',
  },
  'certhub.candidacy.training_recorded.v1': {
    subject: 'Training of dossier {{data.reference}}',
    summary: 'A training was recorded on dossier {{data.reference}}.',
    html: '<p>The candidacy’s trail keeps every change.</p>',
    text: 'The candidacy’s trail keeps every change.',
  },
  'certhub.candidacy.sent_to_certification.v1': {
    subject: 'Dossier {{data.reference}} sent to certification',
    summary:
      '{{#if data.resent}}Dossier {{data.reference}} comes back to you with its complements.{{else}}Dossier {{data.reference}} is sent to you for certification.{{/if}}',
    html: '<p>Assign it to a jury session.</p>',
    text: 'Assign it to a jury session.',
  },
  'certhub.candidacy.jury_decided.v1': {
    subject: 'Jury decision: dossier {{data.reference}}',
    summary:
      'The jury of {{data.juryDate}} decided on dossier {{data.reference}}: {{label "candidacyStatus" data.decision}}.',
    html: '<p>{{#if data.reason}}Reason: {{data.reason}}{{else}}Open the candidacy to follow it.{{/if}}</p>',
    text: '{{#if data.reason}}Reason: {{data.reason}}{{else}}Open the candidacy to follow it.{{/if}}',
  },
  'certhub.candidacy.message_posted.v1': {
    subject: 'New message: dossier {{data.reference}}',
    summary: 'A message was written about dossier {{data.reference}}: “{{data.excerpt}}”',
    html: '<p>Open the candidacy’s Exchanges tab to answer.</p>',
    text: 'Open the candidacy’s Exchanges tab to answer.',
  },
  'certhub.candidacy.dispatch_undelivered.v1': {
    subject: 'Certificate undelivered: dossier {{data.reference}}',
    summary:
      'The certificate posted to the candidate of dossier {{data.reference}} came back undelivered on {{data.returnedOn}}.',
    html: '<p>Check the candidate’s postal address with him.</p>',
    text: 'Check the candidate’s postal address with him.',
  },
  'certhub.transfer.requested.v1': {
    subject: 'Transfer requested for dossier {{data.reference}}',
    summary: 'An establishment asks to take over the dossier {{data.reference}}.',
    html: '<p>The certifier accepts or refuses it; a dossier awaiting or with a jury decision stays where it is.</p>',
    text: 'The certifier accepts or refuses it; a dossier awaiting or with a jury decision stays where it is.',
  },
  'certhub.transfer.decided.v1': {
    subject:
      '{{#if data.reason}}Transfer of {{data.reference}} refused{{else}}Transfer of {{data.reference}} accepted{{/if}}',
    summary:
      '{{#if data.reason}}The certifier refused the transfer of the dossier {{data.reference}}: {{data.reason}}{{else}}The certifier accepted the transfer of the dossier {{data.reference}}.{{/if}}',
    html: '<p>{{#if data.reason}}The certifier refused the transfer of the dossier {{data.reference}}: {{data.reason}}{{else}}The certifier accepted the transfer of the dossier {{data.reference}}.{{/if}}</p>',
    text: '{{#if data.reason}}The certifier refused the transfer of the dossier {{data.reference}}: {{data.reason}}{{else}}The certifier accepted the transfer of the dossier {{data.reference}}.{{/if}}',
  },
  'certhub.habilitation.requested.v1': {
    subject: '{{#if data.renewal}}Habilitation renewal requested{{else}}Habilitation requested{{/if}}',
    summary: 'An establishment asks for your habilitation.',
    html: '<p>Validate it with its period, or reject it with a reason.</p>',
    text: 'Validate it with its period, or reject it with a reason.',
  },
  'certhub.habilitation.renewal_requested.v1': {
    subject: 'Habilitation renewal requested',
    summary:
      'An establishment asks you to renew its habilitation{{#if data.inForce}}, still in force{{/if}}.',
    html: '<p>Validate it with its new period, or reject it with a reason.</p>',
    text: 'Validate it with its new period, or reject it with a reason.',
  },
  'certhub.habilitation.renewal_decided.v1': {
    subject: '{{#if data.startsOn}}Habilitation renewed{{else}}Habilitation renewal rejected{{/if}}',
    summary:
      '{{#if data.startsOn}}The certifier renewed the habilitation from {{data.startsOn}} to {{data.endsOn}}.{{else}}The certifier rejected the renewal of the habilitation.{{/if}}',
    html: '<p>{{#if data.reason}}Reason: {{data.reason}}{{else}}The establishment can go on evaluating and training candidates.{{/if}}</p>',
    text: '{{#if data.reason}}Reason: {{data.reason}}{{else}}The establishment can go on evaluating and training candidates.{{/if}}',
  },
  'certhub.habilitation.decided.v1': {
    subject: '{{#if data.startsOn}}Habilitation validated{{else}}Habilitation rejected{{/if}}',
    summary:
      '{{#if data.startsOn}}The certifier validated the habilitation from {{data.startsOn}} to {{data.endsOn}}.{{else}}The certifier rejected the habilitation request.{{/if}}',
    html: '<p>{{#if data.reason}}Reason: {{data.reason}}{{else}}The establishment can now evaluate and train candidates.{{/if}}</p>',
    text: '{{#if data.reason}}Reason: {{data.reason}}{{else}}The establishment can now evaluate and train candidates.{{/if}}',
  },
};
