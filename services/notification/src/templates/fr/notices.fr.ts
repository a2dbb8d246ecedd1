import { sentence, type EventTemplate, type Notice } from '../event-template';

export const NOTICES_FR: Record<Notice, EventTemplate> = {
  undelivered_mail: {
    subject: 'Message non distribué : {{data.subject}}',
    summary:
      'Le message « {{data.subject}} » n’a pas pu être remis à {{data.email}} après {{data.attempts}} tentative(s).',
    html: '<p>Vérifiez votre adresse e-mail dans votre profil ; le contenu reste accessible sur la plateforme.</p>',
    text: 'Vérifiez votre adresse e-mail dans votre profil ; le contenu reste accessible sur la plateforme.',
  },
  // To the person who lodged a complaint (with or without an account): the private link shows their case alone.
  complaint_received: {
    subject: 'Votre réclamation {{data.reference}} est enregistrée',
    summary:
      '{{data.cbName}} a bien reçu votre réclamation « {{data.subject}} » ; elle sera prise en charge au plus tard le {{date data.acknowledgeBy}}.',
    ...sentence(
      'Gardez ce message : le bouton ci-dessous ouvre le suivi de votre réclamation, sans compte. Ne le transférez pas, il donne accès à votre dossier.',
    ),
  },
  complaint_answered: {
    subject: 'Réponse à votre réclamation {{data.reference}}',
    summary: '{{data.cbName}} a répondu à votre réclamation « {{data.subject}} ».',
    html: '<p>{{data.answer}}</p>',
    text: '{{data.answer}}',
  },
};
