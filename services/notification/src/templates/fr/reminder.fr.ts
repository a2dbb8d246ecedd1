import { sentence, type EventTemplate } from '../event-template';
import type { ReminderEventType } from '../../routing/event-types';

/** Les rappels : une échéance approche et quelqu'un doit agir (docs/domain/notifications.md#reminders). */
export const REMINDER_FR: Record<ReminderEventType, EventTemplate> = {
  'certhub.reminder.surveillance_audit_due.v1': {
    subject: 'Dossier {{dossier data}} : audit de surveillance à planifier avant le {{date data.dueOn}}',
    summary:
      'L’audit de surveillance du certificat {{data.certificateNumber}} (dossier {{dossier data}}) est attendu le {{date data.dueOn}}, dans {{data.daysLeft}} jours, et n’est pas encore planifié.',
    ...sentence('L’organisme certificateur prend contact avec l’organisation pour en convenir de la date.'),
  },
  'certhub.reminder.renewal_window_open.v1': {
    subject: 'Certificat {{data.certificateNumber}} : le renouvellement est ouvert',
    summary:
      'Le certificat {{data.certificateNumber}} (dossier {{dossier data}}) expire le {{date data.dueOn}} : vous pouvez dès à présent demander son renouvellement.',
    ...sentence(
      'Déposez votre demande de renouvellement avant l’échéance pour rester certifié sans interruption.',
    ),
  },
  'certhub.reminder.finding_deadline.v1': {
    subject: 'Dossier {{dossier data}} : écart {{data.number}} à traiter avant le {{date data.dueOn}}',
    summary:
      'L’écart {{data.number}} du dossier {{dossier data}} attend votre réponse avant le {{date data.dueOn}}, dans {{data.daysLeft}} jour(s).',
    ...sentence('Saisissez vos mesures correctives ou vos preuves, marquez-les prêtes puis envoyez-les.'),
  },
  'certhub.reminder.audit_upcoming.v1': {
    subject: 'Dossier {{dossier data}} : audit {{label "auditType" data.type}} le {{date data.dueOn}}',
    summary:
      'L’audit {{label "auditType" data.type}} du dossier {{dossier data}} commence le {{date data.dueOn}}, dans {{data.daysLeft}} jour(s){{#if auditors.length}}, réalisé par {{names auditors}}{{/if}}.',
    ...sentence('Préparez les documents et enregistrements demandés par le référentiel.'),
  },
};
