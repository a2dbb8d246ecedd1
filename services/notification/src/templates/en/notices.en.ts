import { sentence, type EventTemplate, type Notice } from '../event-template';

export const NOTICES_EN: Record<Notice, EventTemplate> = {
  undelivered_mail: {
    subject: 'Undelivered message: {{data.subject}}',
    summary:
      'The message “{{data.subject}}” could not be delivered to {{data.email}} after {{data.attempts}} attempt(s).',
    html: '<p>Check the e-mail address in your profile; the content stays available on the platform.</p>',
    text: 'Check the e-mail address in your profile; the content stays available on the platform.',
  },
  // To the person who lodged a complaint (with or without an account): the private link shows their case alone.
  complaint_received: {
    subject: 'Your complaint {{data.reference}} is registered',
    summary:
      '{{data.cbName}} received your complaint “{{data.subject}}”; it will be taken in charge by {{date data.acknowledgeBy}} at the latest.',
    ...sentence(
      'Keep this message: the button below opens your complaint’s follow-up, without an account. Do not forward it: it gives access to your case.',
    ),
  },
  complaint_answered: {
    subject: 'Answer to your complaint {{data.reference}}',
    summary: '{{data.cbName}} answered your complaint “{{data.subject}}”.',
    html: '<p>{{data.answer}}</p>',
    text: '{{data.answer}}',
  },
};
