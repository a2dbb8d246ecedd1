import type { EventTemplate } from '../event-template';
import type { CertificateEventType } from '../../routing/event-types';

export const CERTIFICATE_EN: Record<CertificateEventType, EventTemplate> = {
  'certhub.certificate.issued.v1': {
    subject: 'Certificate {{data.number}} issued',
    summary: 'Certificate {{data.number}} “{{data.schemeTitle}}” was issued to {{data.holder.name}}.',
    html: '{{> certificate}}<p>You can view and download it from “My e-certificate”.</p>',
    text: '{{> certificate}}\n\nYou can view and download it from “My e-certificate”.',
  },
  'certhub.certificate.renewed.v1': {
    subject: 'Certificate {{data.number}} renewed',
    summary:
      'Certificate {{data.number}} “{{data.schemeTitle}}” renews the certification of {{data.holder.name}}.',
    html: '{{> certificate}}<p>It replaces the previous certificate.</p>',
    text: '{{> certificate}}\n\nIt replaces the previous certificate.',
  },
  'certhub.certificate.suspended.v1': {
    subject: 'Certificate {{data.number}} suspended',
    summary: 'Certificate {{data.number}} is suspended since {{date data.at}}.',
    html: '{{#if data.reason}}<p>Reason: {{data.reason}}</p>{{/if}}<p>It is not valid while the suspension lasts.</p>',
    text: '{{#if data.reason}}Reason: {{data.reason}}\n{{/if}}It is not valid while the suspension lasts.',
  },
  'certhub.certificate.reinstated.v1': {
    subject: 'Certificate {{data.number}} reinstated',
    summary: 'The suspension of certificate {{data.number}} was lifted on {{date data.at}}.',
    html: '{{#if data.reason}}<p>Reason: {{data.reason}}</p>{{/if}}<p>The certificate is valid again.</p>',
    text: '{{#if data.reason}}Reason: {{data.reason}}\n{{/if}}The certificate is valid again.',
  },
  'certhub.certificate.withdrawn.v1': {
    subject: 'Certificate {{data.number}} withdrawn',
    summary: 'Certificate {{data.number}} was withdrawn on {{date data.at}}.',
    html: '{{#if data.reason}}<p>Reason: {{data.reason}}</p>{{/if}}<p>It may no longer be used or shown as valid.</p>',
    text: '{{#if data.reason}}Reason: {{data.reason}}\n{{/if}}It may no longer be used or shown as valid.',
  },
  'certhub.certificate.expired.v1': {
    subject: 'Certificate {{data.number}} expired',
    summary: 'Certificate {{data.number}} reached the end of its validity on {{date data.at}}.',
    html: '<p>To stay certified, apply for renewal.</p>',
    text: 'To stay certified, apply for renewal.',
  },
  'certhub.certificate.rendered.v1': {
    subject: 'Certificate {{data.number}}: your e-certificate is available',
    summary: 'The PDF of certificate {{data.number}} (version {{data.version}}) is ready to download.',
    html: '<p>Its SHA-256 fingerprint lets anyone check it is genuine: <code>{{data.sha256}}</code></p>',
    text: 'Its SHA-256 fingerprint lets anyone check it is genuine: {{data.sha256}}',
  },
  'certhub.certificate.individual_issued.v1': {
    subject: 'Certificate {{data.number}} issued',
    summary:
      'Certificate {{data.number}} "{{data.title}}" was issued to {{data.holder.givenName}} {{data.holder.familyName}}.',
    html: '<p>Anyone can check it on the public verification page.</p>',
    text: 'Anyone can check it on the public verification page.',
  },
  'certhub.certificate.individual_withdrawn.v1': {
    subject: 'Certificate {{data.number}} withdrawn',
    summary: 'Certificate {{data.number}} was withdrawn.',
    html: '<p>Reason: {{data.reason}}</p>',
    text: 'Reason: {{data.reason}}',
  },
};
