import type { EventTemplate, Notice } from '../event-template';

export const NOTICES_EN: Record<Notice, EventTemplate> = {
  undelivered_mail: {
    subject: 'Undelivered message: {{data.subject}}',
    summary:
      'The message “{{data.subject}}” could not be delivered to {{data.email}} after {{data.attempts}} attempt(s).',
    html: '<p>Check the e-mail address in your profile; the content stays available on the platform.</p>',
    text: 'Check the e-mail address in your profile; the content stays available on the platform.',
  },
};
