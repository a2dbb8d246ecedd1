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
  'certhub.complaint.action_taken.v1': {
    subject: 'Réclamation {{data.reference}} : {{label "complaintAction" data.action}}',
    summary:
      'La réclamation {{data.reference}} a conduit à {{label "complaintAction" data.action}} sur le dossier concerné.',
    ...sentence('Le détail figure dans l’historique de la réclamation et dans celui du dossier.'),
  },
  'certhub.complaint.organisation_informed.v1': {
    subject: 'Une réclamation vous concerne ({{data.reference}})',
    summary:
      'Votre organisme certificateur a reçu une réclamation vous concernant (référence {{data.reference}}) et l’instruit.',
    ...sentence(
      'Il reviendra vers vous sur son objet dans le cadre de son instruction ; l’identité du réclamant reste confidentielle.',
    ),
  },
  'certhub.complaint.overdue.v1': {
    subject: 'Réclamation {{data.reference}} en retard',
    summary:
      'La réclamation {{data.reference}} devait être {{label "complaintStep" data.step}} au plus tard le {{date data.dueOn}}.',
    ...sentence('Traitez-la sans attendre : le délai du référentiel est dépassé.'),
  },
  'certhub.appeal.lodged.v1': {
    subject: 'Nouveau recours {{data.reference}}',
    summary:
      'Un recours contre la décision ({{label "appealDecision" data.decision}}) est à traiter avant le {{date data.answerBy}}.',
    ...sentence(
      'Désignez une personne qui n’a pris part ni à l’audit, ni à l’instruction, ni à la décision du dossier. La décision reste en vigueur sauf si vous en suspendez l’effet.',
    ),
  },
  'certhub.appeal.assigned.v1': {
    subject: 'Recours {{data.reference}} : vous en avez la charge',
    summary: 'Le recours {{data.reference}} vous est confié.',
    ...sentence('Instruisez-le puis admettez-le ou rejetez-le avec une réponse motivée.'),
  },
  'certhub.appeal.effect_suspended.v1': {
    subject: 'Recours {{data.reference}} : effet de la décision suspendu',
    summary:
      'L’organisme certificateur suspend l’effet de la décision contestée jusqu’à la décision sur votre recours {{data.reference}}.',
    ...sentence('Le motif figure dans le suivi de votre recours.'),
  },
  'certhub.appeal.decided.v1': {
    subject: 'Recours {{data.reference}} : {{label "appealOutcome" data.outcome}}',
    summary: 'Le recours {{data.reference}} est {{label "appealOutcome" data.outcome}}.',
    ...sentence('La réponse motivée figure dans le suivi du recours.'),
  },
  'certhub.appeal.reviewed.v1': {
    subject: 'Recours {{data.reference}} : décision révisée',
    summary: 'La décision contestée par le recours {{data.reference}} a été révisée.',
    ...sentence('Le détail figure dans le suivi du recours et dans l’historique du dossier.'),
  },
  'certhub.appeal.due_soon.v1': {
    subject: 'Recours {{data.reference}} : réponse attendue avant le {{date data.dueOn}}',
    summary: 'Le recours {{data.reference}} doit être tranché au plus tard le {{date data.dueOn}}.',
    ...sentence('Tranchez-le avec une réponse motivée avant la fin du délai du référentiel.'),
  },
  'certhub.appeal.overdue.v1': {
    subject: 'Recours {{data.reference}} en retard',
    summary: 'Le recours {{data.reference}} devait être tranché au plus tard le {{date data.dueOn}}.',
    ...sentence('Tranchez-le sans attendre : le délai du référentiel est dépassé.'),
  },
  'certhub.appeal.withdrawn.v1': {
    subject: 'Recours {{data.reference}} retiré',
    summary: 'L’organisation a retiré son recours {{data.reference}}.',
    ...sentence('Le recours reste dans le registre.'),
  },
};
