import { MB, type SchemeInput } from '@certhub/contracts';
import { AMARC_CHAPTERS } from './amarc.requirements';

/**
 * The AMARC "management of customer dissatisfaction" service certification
 * (docs/domain/schemes.md#amarc-scheme, référentiel RE/MRC/03 certified by SGS-ICS under the Qualicert mark):
 * requirements of chapter IV, decisions of III.1.3 / III.2.2, yearly surveillance of III.2.1, archive periods
 * of V.2 and the mandatory mentions of VIII.1, as written.
 */
export const AMARC_SCHEME: SchemeInput = {
  schemeId: 'amarc',
  version: '2024.1',
  title: 'Référentiel de Certification de Services AMARC — Management de l’insatisfaction client',
  kind: 'organisation',
  owner: 'AMARC — Association pour le Management de la Réclamation Client',
  levels: [
    { id: 'A', label: 'Niv A — niveau standard de certification' },
    {
      id: 'B',
      label: 'Niv B — niveau optimisé / un niveau d’engagement qualitativement supérieur au niveau standard',
    },
  ],
  chapters: AMARC_CHAPTERS,
  cycle: {
    validityMonths: 36,
    // "2 visites de contrôle … sur la période de validité du certificat (3 ans) … Soit un contrôle chaque année."
    surveillance: { kind: 'yearly', atMonths: [12, 24] },
    renewalWindowMonths: 6,
    upcomingHorizonDays: 30,
    findingsDeadlineDays: 14,
  },
  decisionOptions: {
    // III.1.3: attribution immédiate, audit complémentaire documentaire / sur site, refus d'attribution.
    initial: ['grant', 'complementary_documentary_audit', 'complementary_on_site_audit', 'refuse'],
    // III.2.2: maintien, contrôle complémentaire documentaire / sur site, suspension temporaire, retrait.
    surveillance: [
      'maintain',
      'complementary_documentary_control',
      'complementary_on_site_control',
      'suspend',
      'withdraw',
    ],
  },
  certificate: {
    templateId: 'qualicert-service-certificate',
    mandatoryMentions: [
      'Les coordonnées du bénéficiaire de la certification de Services. Dans le cadre d’une certification multi-sites, la liste des sites dont les engagements de services sont certifiés, doit être disponible auprès du bénéficiaire.',
      'La marque collective de certification : Qualicert et son logotype (couleur ou à défaut gris)',
      'Le titre complet du référentiel de Certification de Services',
      'La liste de toutes les caractéristiques certifiées communiquées',
      'L’adresse complète de l’organisme certificateur : SGS ICS 29 avenue Aristide Briand 94111 Arcueil cedex www.qualicert.fr',
      'Dans le cas d’activités multiples, les mentions obligatoires spécifiques au référentiel (par exemple : activité concernée ou activité exclue)',
      'Dans le cas d’une certification multi-sites et d’une non-couverture partielle du réseau par la certification, la mention suivante : « liste des sites disponible auprès de l’Organisme ou de SGS ICS »',
    ],
    numberFormat: '{cb}-AMARC-{year}-{seq:5}',
    // VIII.3 "Caractéristiques essentielles communiquées".
    communicatedCommitments: [
      "Nous favorisons toute expression d'insatisfaction et facilitons l’accès au bon interlocuteur.",
      'Nous mobilisons nos équipes pour vous apporter une réponse qui puisse vous satisfaire.',
      'Nous prenons en compte vos suggestions, remarques et insatisfactions pour améliorer nos produits et services.',
    ],
  },
  archive: [
    {
      kind: 'referential_and_control_plans',
      years: 3,
      description:
        'Trois ans pour tout ce qui touche au référentiel et aux plans de contrôle interne et externe ainsi qu’à leurs évolutions',
    },
    {
      kind: 'records',
      years: 1,
      description:
        'Un an pour les enregistrements ; sauf les e-mails dans la boîte de messagerie archivage jour J audit',
    },
    {
      kind: 'other_documents',
      statutory: true,
      description:
        'Tous les autres documents doivent être archivés selon la durée légale prévue au terme des règlements en vigueur au sein de l’organisation.',
    },
  ],
  documentRules: { default: { accept: [], maxBytes: 8 * MB, maxCount: 8 } },
  // The referential names no renewal-specific document: a renewal files a new application.
  renewalDocuments: [],
  questionnaire: {
    title: 'Dossier de demande — Certification de Services AMARC',
    sections: [
      {
        id: 'fiche',
        title: 'Fiche de renseignements',
        description: 'Informations d’ordre administratif permettant d’organiser l’audit (III.1.1).',
        questions: [
          {
            id: 'siret',
            number: '1',
            type: 'siret',
            label: 'SIRET de l’entreprise candidate',
            required: true,
            prefill: 'siret',
          },
          {
            id: 'raison-sociale',
            number: '2',
            type: 'text',
            label: 'Raison sociale',
            required: true,
            prefill: 'legalName',
          },
          { id: 'adresse', number: '3', type: 'long_text', label: 'Adresse du site audité', required: true },
          {
            id: 'contact',
            number: '4',
            type: 'text',
            label: 'Nom et fonction du responsable de la démarche',
            required: true,
            prefill: 'qualityContact.name',
          },
          {
            id: 'contact-email',
            number: '5',
            type: 'text',
            label: 'Courriel du responsable',
            required: true,
            prefill: 'qualityContact.email',
          },
          {
            id: 'niveau',
            number: '6',
            type: 'single_choice',
            label: 'Niveau de performance pour lequel l’organisme souhaite se faire certifier',
            required: true,
            options: [
              { value: 'A', label: 'Niv A — niveau standard' },
              { value: 'B', label: 'Niv B — niveau optimisé' },
            ],
          },
          {
            id: 'relation',
            number: '7',
            type: 'multiple_choice',
            label: 'Relation avec les clients concernés',
            required: true,
            options: [
              { value: 'btob', label: 'B to B' },
              { value: 'btoc', label: 'B to C' },
            ],
          },
          {
            id: 'multisites',
            number: '8',
            type: 'yes_no',
            label: 'La demande porte-t-elle sur une certification multi-sites ?',
            required: true,
          },
          {
            id: 'sites',
            number: '9',
            type: 'sites_table',
            label: 'Sites concernés par la certification',
            required: true,
            prefill: 'sites',
            minRows: 2,
            visibleWhen: { questionId: 'multisites', equals: true },
          },
          {
            id: 'canal-digital',
            number: '10',
            type: 'yes_no',
            label: 'Un canal digital d’expression des insatisfactions existe-t-il ?',
            required: true,
          },
          {
            id: 'depuis',
            number: '11',
            type: 'date',
            label:
              'Date depuis laquelle les dispositions du référentiel sont appliquées (au moins 3 mois avant l’audit)',
            required: true,
          },
          {
            id: 'effectif',
            number: '12',
            type: 'number',
            label: 'Nombre de collaborateurs en charge du traitement des insatisfactions',
            min: 0,
            integer: true,
            required: true,
          },
        ],
      },
      {
        id: 'engagement',
        title: 'Lettre d’engagement',
        questions: [
          {
            id: 'lettre-engagement',
            number: '13',
            type: 'file_from_template',
            label:
              'Lettre d’engagement à respecter les règles de la Certification de Services et les caractéristiques définies dans le référentiel',
            required: true,
            templateDocumentId: 'template-amarc-lettre-engagement',
            templateFileName: 'lettre-engagement-amarc.docx',
            templateDescription: 'Modèle de lettre d’engagement, à signer par la direction',
          },
          {
            id: 'documents',
            number: '14',
            type: 'file',
            label: 'Politique et processus de management des insatisfactions',
            help: 'Documents de référence des exigences 1.3 à 1.5.',
          },
        ],
      },
    ],
  },
};
