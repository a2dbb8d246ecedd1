import { sentence, type EventTemplate } from '../event-template';
import type { ComplaintEventType } from '../../routing/event-types';

/** Les réclamations, pour le personnel de l'organisme qui les traite (docs/domain/complaints-and-appeals.md). */
export const COMPLAINT_FR: Record<ComplaintEventType, EventTemplate> = {
  'certhub.complaint.lodged.v1': {
    subject: 'Nouvelle réclamation {{data.reference}}',
    summary:
      'La réclamation {{data.reference}} ({{label "complaintAbout" data.about}}) est à prendre en charge avant le {{date data.acknowledgeBy}}.',
    ...sentence('Prenez-la en charge en désignant la personne qui la traite, ou classez-la avec le motif.'),
  },
  'certhub.complaint.acknowledged.v1': {
    subject: 'Réclamation {{data.reference}} : vous en avez la charge',
    summary:
      'La réclamation {{data.reference}} vous est confiée ; la réponse est attendue avant le {{date data.answerBy}}.',
    ...sentence('Instruisez-la puis clôturez-la avec sa conclusion et une réponse motivée au réclamant.'),
  },
  'certhub.complaint.dismissed.v1': {
    subject: 'Réclamation {{data.reference}} classée',
    summary:
      'La réclamation {{data.reference}} a été classée : elle ne relève pas de l’activité de certification.',
    ...sentence('Le motif figure dans le registre des réclamations.'),
  },
  'certhub.complaint.closed.v1': {
    subject: 'Réclamation {{data.reference}} clôturée',
    summary: 'La réclamation {{data.reference}} est clôturée ({{label "complaintOutcome" data.outcome}}).',
    ...sentence('La réponse motivée figure dans le registre des réclamations.'),
  },
};
