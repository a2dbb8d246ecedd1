import type { EventTemplate, Notice } from '../event-template';

export const NOTICES_FR: Record<Notice, EventTemplate> = {
  undelivered_mail: {
    subject: 'Message non distribué : {{data.subject}}',
    summary:
      'Le message « {{data.subject}} » n’a pas pu être remis à {{data.email}} après {{data.attempts}} tentative(s).',
    html: '<p>Vérifiez votre adresse e-mail dans votre profil ; le contenu reste accessible sur la plateforme.</p>',
    text: 'Vérifiez votre adresse e-mail dans votre profil ; le contenu reste accessible sur la plateforme.',
  },
};
