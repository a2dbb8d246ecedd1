import type { DossierStatus } from './dossier.events';

/**
 * What people read for each dossier status, in the portal and in mails alike (the French names are
 * those of docs/domain/organisation-certification.md#lifecycle). One copy, so a screen and the mail
 * about it never name the same status two ways.
 */
export const DOSSIER_STATUS_LABELS = {
  fr: {
    draft: 'Brouillon',
    submitted: 'Questionnaire saisi',
    findings_on_questionnaire: 'Écarts sur le questionnaire',
    corrected: 'Questionnaire corrigé',
    admissible: 'Recevable',
    contracted: 'Contractualisé',
    audit_planned: 'Audit planifié',
    audited: 'Audité',
    findings_open: 'Écarts en cours',
    decision_pending: 'En attente de décision',
    certified: 'Certifié',
    renewal: 'En renouvellement',
    suspended: 'Suspendu',
    withdrawn: 'Retiré',
    expired: 'Expiré',
    refused: 'Refusé',
    abandoned: 'Abandonné',
  },
  en: {
    draft: 'Draft',
    submitted: 'Questionnaire submitted',
    findings_on_questionnaire: 'Findings on the questionnaire',
    corrected: 'Questionnaire corrected',
    admissible: 'Admissible',
    contracted: 'Contracted',
    audit_planned: 'Audit planned',
    audited: 'Audited',
    findings_open: 'Open findings',
    decision_pending: 'Awaiting decision',
    certified: 'Certified',
    renewal: 'Under renewal',
    suspended: 'Suspended',
    withdrawn: 'Withdrawn',
    expired: 'Expired',
    refused: 'Refused',
    abandoned: 'Abandoned',
  },
} as const satisfies Record<'fr' | 'en', Record<DossierStatus, string>>;
