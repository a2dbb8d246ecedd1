import { MB, type SchemeInput } from '@certhub/contracts';
import { LABEL_QUESTIONNAIRE } from './label.questionnaire';

type Requirement = SchemeInput['chapters'][number]['requirements'][number];

/** The label has one level: every requirement applies to it. */
const r = (
  id: string,
  text: string,
  referenceDocuments: string[],
  controlMethods: Requirement['controlMethods'],
) => ({
  id,
  title: text,
  text,
  applicability: { L: true },
  referenceDocuments,
  controlMethods,
});

/**
 * A regional quality label for training providers (docs/domain/schemes.md#label-scheme), shaped like the
 * regional label platforms (the Certif'Région label): admissibility questionnaire, labelling valid 3 years
 * "sous réserve d'un audit de suivi à 18 mois", renewal planned in the 6 months before expiry, upcoming
 * audits shown 30 days ahead, findings recorded within 14 days. The requirements are this demo label's own.
 */
export const LABEL_SCHEME: SchemeInput = {
  schemeId: 'label-engagement',
  version: '2024.1',
  title: 'Label Engagement Qualité Région — prestataires de formation',
  kind: 'organisation',
  owner: 'Région (label qualité des prestataires de formation)',
  levels: [{ id: 'L', label: 'Labellisé' }],
  chapters: [
    {
      id: '1',
      title: 'Information du public et accès à la formation',
      requirements: [
        r(
          '1.1',
          'Les prestations, leurs objectifs, durées, tarifs et modalités d’accès sont publiés et à jour.',
          ['Site internet', 'Catalogue'],
          ['documentary'],
        ),
        r(
          '1.2',
          'Les conditions d’accueil des personnes en situation de handicap sont définies et un référent handicap est désigné.',
          ['Procédure d’accueil', 'Lettre de mission du référent handicap'],
          ['documentary', 'interview'],
        ),
        r(
          '1.3',
          'Les résultats obtenus (taux de satisfaction, de réussite, d’insertion) sont publiés.',
          ['Site internet', 'Indicateurs'],
          ['documentary'],
        ),
      ],
    },
    {
      id: '2',
      title: 'Conception et déroulement des prestations',
      requirements: [
        r(
          '2.1',
          'Le besoin du bénéficiaire est analysé avant l’entrée en formation.',
          ['Grille d’analyse du besoin'],
          ['documentary', 'interview'],
        ),
        r(
          '2.2',
          'Les moyens pédagogiques, techniques et d’encadrement sont adaptés et décrits.',
          ['Livret d’accueil', 'Programme'],
          ['documentary', 'observation'],
        ),
        r(
          '2.3',
          'Les sous-traitants et formateurs externes sont sélectionnés et suivis.',
          ['Contrats de sous-traitance', 'Grille d’évaluation'],
          ['documentary'],
        ),
      ],
    },
    {
      id: '3',
      title: 'Amélioration continue',
      requirements: [
        r(
          '3.1',
          'Les appréciations des bénéficiaires et financeurs sont recueillies et analysées.',
          ['Enquêtes de satisfaction'],
          ['documentary'],
        ),
        r(
          '3.2',
          'Les réclamations sont traitées et donnent lieu à des actions d’amélioration.',
          ['Registre des réclamations', 'Plan d’actions'],
          ['documentary', 'interview'],
        ),
      ],
    },
  ],
  cycle: {
    validityMonths: 36,
    // "La labellisation est valable pour une durée de 3 ans, sous réserve d'un audit de suivi à 18 mois."
    // (docs/domain/schemes.md#surveillance-frequency)
    surveillance: { kind: 'single', atMonths: [18] },
    // "Dans les 6 mois avant l'échéance de validité du certificat … vous planifiez un audit de
    // renouvellement" (docs/domain/organisation-certification.md#renewal-window)
    renewalWindowMonths: 6,
    // "Mes interventions à venir" 30 jours avant l'audit
    // (docs/domain/organisation-certification.md#upcoming-interventions)
    upcomingHorizonDays: 30,
    findingsDeadlineDays: 14,
  },
  decisionOptions: {
    initial: ['grant', 'complementary_documentary_audit', 'complementary_on_site_audit', 'refuse'],
    surveillance: [
      'maintain',
      'complementary_documentary_control',
      'complementary_on_site_control',
      'suspend',
      'withdraw',
    ],
  },
  certificate: {
    templateId: 'label-attestation',
    mandatoryMentions: [
      'Attestation de labellisation',
      'La labellisation est valable pour une durée de 3 ans, sous réserve d’un audit de suivi à 18 mois.',
    ],
    numberFormat: '{cb}-LBL-{year}-{seq:5}',
  },
  archive: [],
  documentRules: { default: { accept: [], maxBytes: 8 * MB, maxCount: 8 } },
  // Documents to upload for a renewal (docs/domain/organisation-certification.md#renewal-documents).
  renewalDocuments: [
    'Nouveau devis signé',
    'Le certificat Qualiopi en cours de validité de votre certificateur actuel',
    'Une déclaration attestant que vous n’avez pas renouvelé votre engagement avec un autre organisme certificateur (le cas échéant)',
    'Votre Kbis pour justifier de votre activité en formation professionnelle',
  ],
  // A label obtained as a complement to another certification renews through a complementary audit.
  renewalComplementaryAudit: true,
  questionnaire: LABEL_QUESTIONNAIRE,
};
