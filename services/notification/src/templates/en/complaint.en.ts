import { sentence, type EventTemplate } from '../event-template';
import type { ComplaintEventType } from '../../routing/event-types';

/** Complaints, for the CB staff who handle them (docs/domain/complaints-and-appeals.md). */
export const COMPLAINT_EN: Record<ComplaintEventType, EventTemplate> = {
  'certhub.complaint.lodged.v1': {
    subject: 'New complaint {{data.reference}}',
    summary:
      'Complaint {{data.reference}} ({{label "complaintAbout" data.about}}) is to be taken in charge by {{date data.acknowledgeBy}}.',
    ...sentence('Take it in charge by naming who handles it, or dismiss it with the reason.'),
  },
  'certhub.complaint.acknowledged.v1': {
    subject: 'Complaint {{data.reference}}: you handle it',
    summary: 'Complaint {{data.reference}} is in your charge; the answer is due by {{date data.answerBy}}.',
    ...sentence('Investigate it, then close it with its outcome and a reasoned answer to the complainant.'),
  },
  'certhub.complaint.dismissed.v1': {
    subject: 'Complaint {{data.reference}} dismissed',
    summary: 'Complaint {{data.reference}} was dismissed: it is outside the certification activity.',
    ...sentence('The reason is in the complaints register.'),
  },
  'certhub.complaint.closed.v1': {
    subject: 'Complaint {{data.reference}} closed',
    summary: 'Complaint {{data.reference}} is closed ({{label "complaintOutcome" data.outcome}}).',
    ...sentence('The reasoned answer is in the complaints register.'),
  },
  'certhub.complaint.action_taken.v1': {
    subject: 'Complaint {{data.reference}}: {{label "complaintAction" data.action}}',
    summary:
      'Complaint {{data.reference}} led to {{label "complaintAction" data.action}} on the dossier concerned.',
    ...sentence('The details are in the complaint’s trail and in the dossier’s.'),
  },
  'certhub.complaint.organisation_informed.v1': {
    subject: 'A complaint concerns you ({{data.reference}})',
    summary:
      'Your certification body received a complaint about you (reference {{data.reference}}) and is investigating it.',
    ...sentence(
      'It will contact you about its substance as part of its investigation; who lodged the complaint stays confidential.',
    ),
  },
  'certhub.complaint.overdue.v1': {
    subject: 'Complaint {{data.reference}} overdue',
    summary:
      'Complaint {{data.reference}} was to be {{label "complaintStep" data.step}} by {{date data.dueOn}}.',
    ...sentence('Handle it now: the scheme’s deadline has passed.'),
  },
  'certhub.appeal.lodged.v1': {
    subject: 'New appeal {{data.reference}}',
    summary:
      'An appeal against a decision ({{label "appealDecision" data.decision}}) is to be answered by {{date data.answerBy}}.',
    ...sentence(
      'Name someone who took no part in the audit, the review or the decision of the dossier. The decision stays in force unless you suspend its effect.',
    ),
  },
  'certhub.appeal.assigned.v1': {
    subject: 'Appeal {{data.reference}}: you handle it',
    summary: 'Appeal {{data.reference}} is in your charge.',
    ...sentence('Investigate it, then uphold or reject it with a reasoned answer.'),
  },
  'certhub.appeal.effect_suspended.v1': {
    subject: 'Appeal {{data.reference}}: the decision’s effect is suspended',
    summary:
      'The certification body suspends the effect of the contested decision until your appeal {{data.reference}} is decided.',
    ...sentence('The reason is in your appeal’s page.'),
  },
  'certhub.appeal.decided.v1': {
    subject: 'Appeal {{data.reference}}: {{label "appealOutcome" data.outcome}}',
    summary: 'Appeal {{data.reference}} is {{label "appealOutcome" data.outcome}}.',
    ...sentence('The reasoned answer is in the appeal’s page.'),
  },
  'certhub.appeal.reviewed.v1': {
    subject: 'Appeal {{data.reference}}: decision reviewed',
    summary: 'The decision contested by appeal {{data.reference}} was reviewed.',
    ...sentence('The details are in the appeal’s page and in the dossier’s trail.'),
  },
  'certhub.appeal.due_soon.v1': {
    subject: 'Appeal {{data.reference}}: answer due by {{date data.dueOn}}',
    summary: 'Appeal {{data.reference}} is to be decided by {{date data.dueOn}}.',
    ...sentence('Decide it with a reasoned answer before the scheme’s deadline passes.'),
  },
  'certhub.appeal.overdue.v1': {
    subject: 'Appeal {{data.reference}} overdue',
    summary: 'Appeal {{data.reference}} was to be decided by {{date data.dueOn}}.',
    ...sentence('Decide it without waiting: the scheme’s deadline has passed.'),
  },
  'certhub.appeal.withdrawn.v1': {
    subject: 'Appeal {{data.reference}} withdrawn',
    summary: 'The organisation withdrew its appeal {{data.reference}}.',
    ...sentence('The appeal stays in the register.'),
  },
};
