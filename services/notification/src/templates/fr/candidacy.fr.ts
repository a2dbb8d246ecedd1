import type { CandidacyEventType } from '../../routing/event-types';
import type { EventTemplate } from '../event-template';

export const CANDIDACY_FR: Record<CandidacyEventType, EventTemplate> = {
  'certhub.candidacy.created.v1': {
    subject: 'Nouvelle candidature {{data.reference}}',
    summary: 'Un candidat a été inscrit dans votre réseau (dossier {{data.reference}}).',
    html: '<p>La candidature est en attente d’évaluation préalable.</p>',
    text: 'La candidature est en attente d’évaluation préalable.',
  },
  'certhub.candidacy.certifier_changed.v1': {
    subject: 'Une réaffectation vient d’être créée',
    summary:
      'Le dossier de candidature {{data.reference}} est réaffecté du certificateur {{data.fromCertifierId}} au certificateur {{data.certifierId}}.',
    html: '<p>Sa certification relève désormais du nouveau certificateur.</p>',
    text: 'Sa certification relève désormais du nouveau certificateur.',
  },
  'certhub.candidacy.updated.v1': {
    subject: 'Candidature {{data.reference}} modifiée',
    summary: 'La fiche candidat du dossier {{data.reference}} a été modifiée ({{data.change}}).',
    html: '<p>Son historique reprend chaque modification.</p>',
    text: 'Son historique reprend chaque modification.',
  },
  'certhub.candidacy.status_changed.v1': {
    subject: 'Candidature {{data.reference}} : {{label "candidacyStatus" data.to}}',
    summary: 'La candidature {{data.reference}} est désormais : {{label "candidacyStatus" data.to}}.',
    html: '<p>{{#if data.reason}}Motif : {{data.reason}}{{else}}Ouvrez la candidature pour la suivre.{{/if}}</p>',
    text: '{{#if data.reason}}Motif : {{data.reason}}{{else}}Ouvrez la candidature pour la suivre.{{/if}}',
  },
  'certhub.candidacy.evaluation_changed.v1': {
    subject: 'Évaluation du dossier {{data.reference}}',
    summary: 'Une évaluation du dossier {{data.reference}} a changé ({{data.change}}).',
    html: '<p>L’historique de la candidature reprend chaque modification.</p>',
    text: 'L’historique de la candidature reprend chaque modification.',
  },
  'certhub.candidacy.training_recorded.v1': {
    subject: 'Formation du dossier {{data.reference}}',
    summary: 'Une formation a été enregistrée sur le dossier {{data.reference}}.',
    html: '<p>L’historique de la candidature reprend chaque modification.</p>',
    text: 'L’historique de la candidature reprend chaque modification.',
  },
  'certhub.candidacy.sent_to_certification.v1': {
    subject: 'Dossier {{data.reference}} envoyé en certification',
    summary:
      '{{#if data.resent}}Le dossier {{data.reference}} vous est renvoyé avec ses compléments.{{else}}Le dossier {{data.reference}} vous est envoyé en certification.{{/if}}',
    html: '<p>Affectez-le à une session de jury.</p>',
    text: 'Affectez-le à une session de jury.',
  },
  'certhub.candidacy.jury_decided.v1': {
    subject: 'Décision du jury : dossier {{data.reference}}',
    summary:
      'Le jury du {{data.juryDate}} a statué sur le dossier {{data.reference}} : {{label "candidacyStatus" data.decision}}.',
    html: '<p>{{#if data.reason}}Motif : {{data.reason}}{{else}}Ouvrez la candidature pour la suivre.{{/if}}</p>',
    text: '{{#if data.reason}}Motif : {{data.reason}}{{else}}Ouvrez la candidature pour la suivre.{{/if}}',
  },
  'certhub.candidacy.message_posted.v1': {
    subject: 'Nouveau message : dossier {{data.reference}}',
    summary: 'Un message a été écrit au sujet du dossier {{data.reference}} : « {{data.excerpt}} »',
    html: '<p>Ouvrez l’onglet Échanges de la candidature pour répondre.</p>',
    text: 'Ouvrez l’onglet Échanges de la candidature pour répondre.',
  },
  'certhub.candidacy.dispatch_undelivered.v1': {
    subject: 'Certificat non distribué : dossier {{data.reference}}',
    summary:
      'Le certificat posté au candidat du dossier {{data.reference}} est revenu non distribué le {{data.returnedOn}}.',
    html: '<p>Vérifiez l’adresse postale du candidat avec lui.</p>',
    text: 'Vérifiez l’adresse postale du candidat avec lui.',
  },
  'certhub.transfer.requested.v1': {
    subject: 'Demande de rattachement du dossier {{data.reference}}',
    summary: 'Un établissement demande à reprendre le dossier {{data.reference}}.',
    html: '<p>Le certificateur l’accepte ou la refuse ; un dossier en attente de jury ou certifié reste où il est.</p>',
    text: 'Le certificateur l’accepte ou la refuse ; un dossier en attente de jury ou certifié reste où il est.',
  },
  'certhub.transfer.decided.v1': {
    subject:
      '{{#if data.reason}}Rattachement de {{data.reference}} refusé{{else}}Rattachement de {{data.reference}} accepté{{/if}}',
    summary:
      '{{#if data.reason}}Le certificateur a refusé le rattachement du dossier {{data.reference}} : {{data.reason}}{{else}}Le certificateur a accepté le rattachement du dossier {{data.reference}}.{{/if}}',
    html: '<p>{{#if data.reason}}Le certificateur a refusé le rattachement du dossier {{data.reference}} : {{data.reason}}{{else}}Le certificateur a accepté le rattachement du dossier {{data.reference}}.{{/if}}</p>',
    text: '{{#if data.reason}}Le certificateur a refusé le rattachement du dossier {{data.reference}} : {{data.reason}}{{else}}Le certificateur a accepté le rattachement du dossier {{data.reference}}.{{/if}}',
  },
  'certhub.habilitation.requested.v1': {
    subject:
      '{{#if data.renewal}}Demande de renouvellement d’habilitation{{else}}Demande d’habilitation{{/if}}',
    summary: 'Un établissement vous demande son habilitation.',
    html: '<p>Validez-la avec sa période, ou rejetez-la avec un motif.</p>',
    text: 'Validez-la avec sa période, ou rejetez-la avec un motif.',
  },
  'certhub.habilitation.renewal_requested.v1': {
    subject: 'Demande de renouvellement d’habilitation',
    summary:
      'Un établissement vous demande le renouvellement de son habilitation{{#if data.inForce}}, encore en cours{{/if}}.',
    html: '<p>Validez-le avec sa nouvelle période, ou rejetez-le avec un motif.</p>',
    text: 'Validez-le avec sa nouvelle période, ou rejetez-le avec un motif.',
  },
  'certhub.habilitation.renewal_decided.v1': {
    subject:
      '{{#if data.startsOn}}Renouvellement d’habilitation validé{{else}}Renouvellement d’habilitation rejeté{{/if}}',
    summary:
      '{{#if data.startsOn}}Le certificateur a renouvelé l’habilitation du {{data.startsOn}} au {{data.endsOn}}.{{else}}Le certificateur a rejeté le renouvellement de l’habilitation.{{/if}}',
    html: '<p>{{#if data.reason}}Motif : {{data.reason}}{{else}}L’établissement peut continuer d’évaluer et de former des candidats.{{/if}}</p>',
    text: '{{#if data.reason}}Motif : {{data.reason}}{{else}}L’établissement peut continuer d’évaluer et de former des candidats.{{/if}}',
  },
  'certhub.habilitation.decided.v1': {
    subject: '{{#if data.startsOn}}Habilitation validée{{else}}Habilitation rejetée{{/if}}',
    summary:
      '{{#if data.startsOn}}Le certificateur a validé l’habilitation du {{data.startsOn}} au {{data.endsOn}}.{{else}}Le certificateur a rejeté la demande d’habilitation.{{/if}}',
    html: '<p>{{#if data.reason}}Motif : {{data.reason}}{{else}}L’établissement peut désormais évaluer et former des candidats.{{/if}}</p>',
    text: '{{#if data.reason}}Motif : {{data.reason}}{{else}}L’établissement peut désormais évaluer et former des candidats.{{/if}}',
  },
};
