import { sentence, type EventTemplate } from '../event-template';
import type { FindingEventType } from '../../routing/event-types';

/**
 * The steps of a non-conformity, its corrective measures and its material proofs
 * (docs/domain/organisation-certification.md#audit-findings).
 */
export const FINDING_EN: Record<FindingEventType, EventTemplate> = {
  'certhub.audit.rescheduled.v1': {
    subject:
      'Dossier {{dossier data}}: {{label "auditType" data.type}} audit moved to {{date data.startDate}}',
    summary:
      'The {{label "auditType" data.type}} audit of dossier {{dossier data}} planned from {{date data.previousStartDate}} to {{date data.previousEndDate}} will take place from {{date data.startDate}} to {{date data.endDate}}{{#if auditors.length}}, conducted by {{names auditors}}{{/if}}.',
    ...sentence('The new dates are shown in your interventions.'),
  },
  'certhub.audit.cancelled.v1': {
    subject: 'Dossier {{dossier data}}: {{label "auditType" data.type}} audit cancelled',
    summary:
      'The {{label "auditType" data.type}} audit of dossier {{dossier data}} planned from {{date data.startDate}} to {{date data.endDate}} is cancelled.',
    ...sentence('Reason: {{data.reason}}'),
  },
  'certhub.finding.recorded.v1': {
    subject: 'Dossier {{dossier data}}: non-conformity {{data.number}} to confirm',
    summary:
      'The auditor recorded the {{label "severity" data.severity}} non-conformity {{data.number}} against requirement {{data.requirementId}} of dossier {{dossier data}}{{#if data.late}}, after the recording deadline{{/if}}.',
    ...sentence('Confirm or reject it, then ask the client for corrective measures.'),
  },
  'certhub.finding.rejected.v1': {
    subject: 'Dossier {{dossier data}}: non-conformity {{data.number}} rejected',
    summary: 'The analyst rejected non-conformity {{data.number}} of dossier {{dossier data}}.',
    ...sentence('Reason: {{data.reason}}'),
  },
  'certhub.finding.measures_requested.v1': {
    subject: 'Dossier {{dossier data}}: corrective measures expected for {{data.number}}',
    summary:
      'Your analyst asks for corrective measures for non-conformity {{data.number}} of dossier {{dossier data}}.',
    html: '<p>Enter your corrective measures before <strong>{{date data.dueDate}}</strong>, mark them "ready to send" and click "Send". Only measures marked ready are sent.</p>',
    text: 'Enter your corrective measures before {{date data.dueDate}}, mark them "ready to send" and click "Send". Only measures marked ready are sent.',
  },
  'certhub.finding.measures_sent.v1': {
    subject: 'Dossier {{dossier data}}: corrective measures received for {{data.number}}',
    summary:
      'The client sent corrective measures for non-conformity {{data.number}} of dossier {{dossier data}}.',
    ...sentence('Accept them or ask for a clarification, measure by measure.'),
  },
  'certhub.finding.measures_reviewed.v1': {
    subject: 'Dossier {{dossier data}}: your corrective measures for {{data.number}} were reviewed',
    summary:
      'Your analyst reviewed the corrective measures sent for non-conformity {{data.number}} of dossier {{dossier data}}.',
    ...sentence('See the details: some measures may need a clarification (see "Communication").'),
  },
  'certhub.finding.proofs_requested.v1': {
    subject: 'Dossier {{dossier data}}: material proofs expected for {{data.number}}',
    summary:
      'Your analyst asks for material proofs that the corrective measures of non-conformity {{data.number}} of dossier {{dossier data}} are in place.',
    html: '<p>Upload your documents before <strong>{{date data.dueDate}}</strong>, mark them "ready to send" and click "Send".</p>',
    text: 'Upload your documents before {{date data.dueDate}}, mark them "ready to send" and click "Send".',
  },
  'certhub.finding.proofs_sent.v1': {
    subject: 'Dossier {{dossier data}}: material proofs received for {{data.number}}',
    summary:
      'The client sent material proofs for non-conformity {{data.number}} of dossier {{dossier data}}.',
    ...sentence('Accept them (the non-conformity is then closed) or ask for a clarification.'),
  },
  'certhub.finding.proofs_reviewed.v1': {
    subject: 'Dossier {{dossier data}}: proofs for {{data.number}} to complete',
    summary:
      'Your analyst reviewed the material proofs sent for non-conformity {{data.number}} of dossier {{dossier data}}: more is expected.',
    ...sentence('See the details and "Communication", then send your proofs again.'),
  },
  'certhub.finding.message_posted.v1': {
    subject: 'Dossier {{dossier data}}: new message on {{data.number}}',
    summary: 'A new message was posted on non-conformity {{data.number}} of dossier {{dossier data}}.',
    ...sentence('Read it and answer in the "Communication" tab of the non-conformity.'),
  },
  'certhub.finding.reclassified.v1': {
    subject: 'Dossier {{dossier data}}: non-conformity {{data.number}} reclassified on appeal',
    summary:
      'Following appeal {{data.appealReference}}, non-conformity {{data.number}} of dossier {{dossier data}} goes from {{label "severity" data.from}} to {{label "severity" data.to}}.',
    ...sentence('Reason: {{data.reason}}'),
  },
};
