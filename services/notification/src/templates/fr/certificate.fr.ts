import type { EventTemplate } from '../event-template';
import type { CertificateEventType } from '../../routing/event-types';

/** Issued and renewed certificates share the `certificate` partial (scheme, holder, validity). */
export const CERTIFICATE_FR: Record<CertificateEventType, EventTemplate> = {
  'certhub.certificate.issued.v1': {
    subject: 'Certificat {{data.number}} délivré',
    summary: 'Le certificat {{data.number}} « {{data.schemeTitle}} » a été délivré à {{data.holder.name}}.',
    html: '{{> certificate}}<p>Vous pouvez le consulter et le télécharger depuis « Mon e-certificat ».</p>',
    text: '{{> certificate}}\n\nVous pouvez le consulter et le télécharger depuis « Mon e-certificat ».',
  },
  'certhub.certificate.renewed.v1': {
    subject: 'Certificat {{data.number}} renouvelé',
    summary:
      'Le certificat {{data.number}} « {{data.schemeTitle}} » renouvelle la certification de {{data.holder.name}}.',
    html: '{{> certificate}}<p>Il remplace le certificat précédent.</p>',
    text: '{{> certificate}}\n\nIl remplace le certificat précédent.',
  },
  'certhub.certificate.suspended.v1': {
    subject: 'Certificat {{data.number}} suspendu',
    summary: 'Le certificat {{data.number}} est suspendu depuis le {{date data.at}}.',
    html: '{{#if data.reason}}<p>Motif : {{data.reason}}</p>{{/if}}<p>Il n’est plus valide tant que la suspension n’est pas levée.</p>',
    text: '{{#if data.reason}}Motif : {{data.reason}}\n{{/if}}Il n’est plus valide tant que la suspension n’est pas levée.',
  },
  'certhub.certificate.reinstated.v1': {
    subject: 'Certificat {{data.number}} rétabli',
    summary: 'La suspension du certificat {{data.number}} a été levée le {{date data.at}}.',
    html: '{{#if data.reason}}<p>Motif : {{data.reason}}</p>{{/if}}<p>Le certificat est de nouveau valide.</p>',
    text: '{{#if data.reason}}Motif : {{data.reason}}\n{{/if}}Le certificat est de nouveau valide.',
  },
  'certhub.certificate.withdrawn.v1': {
    subject: 'Certificat {{data.number}} retiré',
    summary: 'Le certificat {{data.number}} a été retiré le {{date data.at}}.',
    html: '{{#if data.reason}}<p>Motif : {{data.reason}}</p>{{/if}}<p>Il ne peut plus être utilisé ni présenté comme valide.</p>',
    text: '{{#if data.reason}}Motif : {{data.reason}}\n{{/if}}Il ne peut plus être utilisé ni présenté comme valide.',
  },
  'certhub.certificate.expired.v1': {
    subject: 'Certificat {{data.number}} expiré',
    summary: 'Le certificat {{data.number}} est arrivé au terme de sa validité le {{date data.at}}.',
    html: '<p>Pour rester certifié, déposez une demande de renouvellement.</p>',
    text: 'Pour rester certifié, déposez une demande de renouvellement.',
  },
  'certhub.certificate.rendered.v1': {
    subject: 'Certificat {{data.number}} : votre e-certificat est disponible',
    summary: 'Le PDF du certificat {{data.number}} (version {{data.version}}) est prêt à être téléchargé.',
    html: '<p>Son empreinte SHA-256 permet à quiconque de vérifier son authenticité : <code>{{data.sha256}}</code></p>',
    text: 'Son empreinte SHA-256 permet à quiconque de vérifier son authenticité : {{data.sha256}}',
  },
  'certhub.certificate.individual_issued.v1': {
    subject: 'Certificat {{data.number}} délivré',
    summary:
      'Le certificat {{data.number}} « {{data.title}} » a été délivré à {{data.holder.givenName}} {{data.holder.familyName}}.',
    html: '<p>Il est vérifiable par quiconque sur la page publique de vérification.</p>',
    text: 'Il est vérifiable par quiconque sur la page publique de vérification.',
  },
  'certhub.certificate.individual_withdrawn.v1': {
    subject: 'Certificat {{data.number}} retiré',
    summary: 'Le certificat {{data.number}} a été retiré.',
    html: '<p>Motif : {{data.reason}}</p>',
    text: 'Motif : {{data.reason}}',
  },
};
