export * from './errors';
export * from './events/catalog';
export * from './events/dossier.events';
export * from './events/dossier-status.labels';
export * from './events/dossier-status.groups';
export * from './events/finding.events';
export * from './events/envelope';
export * from './headers';
export * from './object-handoff';
export * from './pagination';
export * from './slice-page';
export * from './principal';
export * from './roles';
export * from './text';
export * from './rpc/subjects';
export * from './rpc/http';
export * from './rpc/document.rpc';
export * from './rpc/audit.rpc';
export * from './rpc/qualification.rpc';
export * from './rpc/finding.rpc';
export * from './rpc/dossier.rpc';
export * from './identity/numbers';
export * from './identity/identity.schemas';
export * from './identity/network.schemas';
export * from './candidacy/candidate.schemas';
export * from './candidacy/habilitation.schemas';
export * from './candidacy/transfer.schemas';
export * from './candidacy/framework';
export * from './candidacy/evaluation.schemas';
export * from './candidacy/certification.schemas';
export * from './candidacy/exchange.schemas';
export * from './certificates/certificate.schemas';
export * from './certificates/individual-certificate.schemas';
export * from './asyncapi';
export * from './rpc/scheme.rpc';
export * from './rpc/questionnaire.rpc';
export * from './schemes/scheme.schemas';
export * from './questionnaire';
export * from './complaints/complaint.schemas';
export * from './rpc/complaint.rpc';
export * from './complaints/appeal.schemas';
export * from './rpc/appeal.rpc';
export { ANALYTICS_READER_ROLES } from './rpc/analytics.rpc';
export { CANDIDACY_STATS_ROLES } from './rpc/candidacy-stats.rpc';
export * from './rpc/credentials.rpc';
export {
  MAIL_ATTACHMENT_KINDS,
  MailAttachmentKindSchema,
  type MailAttachment,
  type MailAttachmentKind,
} from './rpc/notification.rpc';
