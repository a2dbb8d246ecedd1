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
};
