import { CANDIDACY_STATUS_LABELS, DOSSIER_STATUS_LABELS } from '@certhub/contracts';
import type { Locale } from '../common/locale';

/** Words of the shared layout. */
export const UI = {
  fr: {
    greeting: 'Bonjour',
    action: 'Accéder à l’action',
    actionText: 'Pour accéder à l’action :',
    footer: 'Vous recevez ce message car vous êtes inscrit sur la plateforme certhub.',
    certificate: {
      scheme: 'Référentiel :',
      holder: 'Titulaire :',
      validity: 'Validité :',
      scope: 'Périmètre :',
    },
  },
  en: {
    greeting: 'Hello',
    action: 'Go to the action',
    actionText: 'To go to the action:',
    footer: 'You receive this message because you have an account on the certhub platform.',
    certificate: { scheme: 'Scheme:', holder: 'Holder:', validity: 'Validity:', scope: 'Scope:' },
  },
} as const satisfies Record<Locale, object>;

/**
 * Names of the enumerations events carry (the vocabulary of docs/domain/glossary.md), looked up by the
 * `label` helper.
 * A value without its label is a template error, not a raw code in a customer's mail.
 */
export const LABELS: Record<Locale, Record<string, Record<string, string>>> = {
  fr: {
    status: DOSSIER_STATUS_LABELS.fr,
    auditType: {
      initial: 'initial',
      surveillance: 'de surveillance',
      renewal: 'de renouvellement',
      complementary_documentary: 'complémentaire documentaire',
      complementary_on_site: 'complémentaire sur site',
    },
    outcome: {
      grant: 'attribution de la certification',
      complementary_documentary_audit: 'audit complémentaire documentaire',
      complementary_on_site_audit: 'audit complémentaire sur site',
      refuse: 'refus de la certification',
      maintain: 'maintien de la certification',
      complementary_documentary_control: 'contrôle complémentaire documentaire',
      complementary_on_site_control: 'contrôle complémentaire sur site',
      suspend: 'suspension de la certification',
      withdraw: 'retrait de la certification',
    },
    decisionKind: { initial: 'initiale', surveillance: 'de surveillance', renewal: 'de renouvellement' },
    complaintAbout: {
      certified_organisation: 'au sujet d’une organisation certifiée',
      certification_body: 'au sujet de l’organisme',
      other: 'autre sujet',
    },
    complaintOutcome: {
      upheld: 'fondée',
      partially_upheld: 'partiellement fondée',
      not_upheld: 'non fondée',
    },
    complaintAction: {
      complementary_audit: 'un audit complémentaire',
      suspension: 'la suspension du certificat',
    },
    complaintStep: { acknowledge: 'prise en charge', answer: 'répondue' },
    appealDecision: {
      refusal: 'refus',
      suspension: 'suspension',
      withdrawal: 'retrait',
      finding_classification: 'classement d’un écart',
    },
    appealOutcome: { upheld: 'admis', rejected: 'rejeté' },
    severity: { major: 'majeur', minor: 'mineur' },
    role: {
      platform_admin: 'administrateur de la plateforme',
      scheme_manager: 'gestionnaire de référentiels',
      cb_admin: 'administrateur',
      analyst: 'chargé d’instruction',
      auditor: 'auditeur',
      decision_maker: 'décideur',
      org_admin: 'administrateur',
      org_member: 'utilisateur',
      partner: 'partenaire',
      certifier_staff: 'chargé de certification',
      jury_member: 'membre du jury',
      network_admin: 'administrateur réseau',
      network_supervisor: 'superviseur réseau',
      training_org_admin: 'administrateur organisme',
      training_org_user: 'utilisateur organisme',
      establishment_admin: 'administrateur établissement',
      establishment_user: 'utilisateur établissement',
    },
    candidacyStatus: CANDIDACY_STATUS_LABELS.fr,
  },
  en: {
    status: DOSSIER_STATUS_LABELS.en,
    auditType: {
      initial: 'initial',
      surveillance: 'surveillance',
      renewal: 'renewal',
      complementary_documentary: 'complementary documentary',
      complementary_on_site: 'complementary on-site',
    },
    outcome: {
      grant: 'certification granted',
      complementary_documentary_audit: 'complementary documentary audit',
      complementary_on_site_audit: 'complementary on-site audit',
      refuse: 'certification refused',
      maintain: 'certification maintained',
      complementary_documentary_control: 'complementary documentary control',
      complementary_on_site_control: 'complementary on-site control',
      suspend: 'certification suspended',
      withdraw: 'certification withdrawn',
    },
    decisionKind: { initial: 'initial', surveillance: 'surveillance', renewal: 'renewal' },
    complaintAbout: {
      certified_organisation: 'about a certified organisation',
      certification_body: 'about the certification body',
      other: 'another subject',
    },
    complaintOutcome: { upheld: 'upheld', partially_upheld: 'partially upheld', not_upheld: 'not upheld' },
    complaintAction: {
      complementary_audit: 'a complementary audit',
      suspension: 'the certificate’s suspension',
    },
    complaintStep: { acknowledge: 'taken in charge', answer: 'answered' },
    appealDecision: {
      refusal: 'refusal',
      suspension: 'suspension',
      withdrawal: 'withdrawal',
      finding_classification: 'a finding’s classification',
    },
    appealOutcome: { upheld: 'upheld', rejected: 'rejected' },
    severity: { major: 'major', minor: 'minor' },
    role: {
      platform_admin: 'platform administrator',
      scheme_manager: 'scheme manager',
      cb_admin: 'administrator',
      analyst: 'analyst',
      auditor: 'auditor',
      decision_maker: 'decision-maker',
      org_admin: 'administrator',
      org_member: 'member',
      partner: 'partner',
      certifier_staff: 'certification officer',
      jury_member: 'jury member',
      network_admin: 'network administrator',
      network_supervisor: 'network supervisor',
      training_org_admin: 'organisation administrator',
      training_org_user: 'organisation user',
      establishment_admin: 'establishment administrator',
      establishment_user: 'establishment user',
    },
    candidacyStatus: CANDIDACY_STATUS_LABELS.en,
  },
};
