import { z } from 'zod';

/**
 * The CléA framework an evaluation scores: 7 domains, 28 sub-domains, each acquired or not. Kept as
 * versioned data: an evaluation names the version it was made against, and a new version of the
 * framework is a new entry here, never an edit of a published one
 * (docs/domain/individuals-certification.md#framework-domains-and-sub-domains).
 */
export const FrameworkSchema = z.object({
  version: z.string(),
  publishedOn: z.string(),
  domains: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      subDomains: z.array(z.object({ id: z.string(), title: z.string() })),
    }),
  ),
});
export type Framework = z.infer<typeof FrameworkSchema>;

const domain = (id: string, title: string, subDomains: string[]) => ({
  id,
  title,
  subDomains: subDomains.map((t, i) => ({ id: `${id}.${i + 1}`, title: t })),
});

export const CLEA_FRAMEWORKS: readonly Framework[] = [
  {
    version: '2018',
    publishedOn: '2018-01-01',
    domains: [
      domain('1', 'Communiquer en français', [
        'Écouter et comprendre',
        'S’exprimer à l’oral',
        'Lire',
        'Écrire',
        'Décrire – formuler',
      ]),
      domain('2', 'Utiliser les règles de base de calcul et du raisonnement mathématique', [
        'Se repérer dans l’univers des nombres',
        'Résoudre un problème mettant en jeu une ou plusieurs opérations',
        'Lire et calculer les unités de mesure, de temps et des quantités',
        'Se repérer dans l’espace',
        'Restituer oralement un raisonnement mathématique',
      ]),
      domain('3', 'Utiliser les techniques usuelles de l’information et de la communication numérique', [
        'Connaître son environnement et les fonctions de base pour utiliser un ordinateur',
        'Saisir et mettre en forme du texte, gérer des documents',
        'Se repérer dans l’environnement internet et effectuer une recherche sur le web',
        'Utiliser la fonction de messagerie',
      ]),
      domain('4', 'Travailler dans le cadre de règles définies d’un travail en équipe', [
        'Respecter les règles de vie collective',
        'Travailler en équipe',
        'Contribuer dans un groupe',
        'Communiquer',
      ]),
      domain('5', 'Travailler en autonomie et réaliser un objectif individuel', [
        'Comprendre son environnement de travail',
        'Réaliser des objectifs individuels dans le cadre d’une action simple ou d’un projet',
        'Prendre des initiatives et être force de proposition',
      ]),
      domain('6', 'Apprendre à apprendre tout au long de la vie', [
        'Accumuler de l’expérience et en tirer les leçons appropriées',
        'Entretenir sa curiosité et sa motivation pour apprendre dans le champ professionnel',
        'Optimiser les conditions d’apprentissage (de la formation à l’autoformation)',
      ]),
      domain(
        '7',
        'Maîtriser les gestes et postures, et respecter des règles d’hygiène, de sécurité et environnementales élémentaires',
        [
          'Respecter un règlement sécurité, hygiène, environnement, une procédure qualité',
          'Avoir les bons gestes et postures',
          'Être capable d’appliquer les gestes de premiers secours',
          'Contribuer à la préservation de l’environnement et aux économies d’énergie',
        ],
      ),
    ],
  },
];

/** The framework new evaluations are made against. */
export const CURRENT_CLEA_FRAMEWORK = CLEA_FRAMEWORKS[CLEA_FRAMEWORKS.length - 1] as Framework;

/** Every sub-domain id of a framework version: an evaluation is validated when all are acquired. */
export const subDomainIds = (framework: Framework): string[] =>
  framework.domains.flatMap((d) => d.subDomains.map((s) => s.id));

/** Validated only when every sub-domain of its framework is acquired. */
export function evaluationValidated(framework: Framework, acquired: ReadonlySet<string>): boolean {
  return subDomainIds(framework).every((id) => acquired.has(id));
}
