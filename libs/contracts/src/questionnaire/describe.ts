import type {
  AnswerValue,
  Condition,
  ConditionValue,
  Question,
  Questionnaire,
} from './questionnaire.schemas';
import { findQuestion } from './visibility';

/**
 * Conditions and answers in words, for the blank and filled exports (and the portal's hints), so
 * that a printed questionnaire says when each conditional question applies.
 */
export type ExportLocale = 'fr' | 'en';

const WORDS = {
  fr: {
    shownWhen: 'Question posée si',
    yes: 'Oui',
    no: 'Non',
    and: ' et ',
    or: ' ou ',
    not: 'il est faux que',
    isAnswered: (q: string) => `${q} est renseignée`,
    isNotAnswered: (q: string) => `${q} n'est pas renseignée`,
    equals: (q: string, v: string) => `la réponse à ${q} est « ${v} »`,
    contains: (q: string, v: string) => `la réponse à ${q} comprend « ${v} »`,
    oneOf: (q: string, v: string) => `la réponse à ${q} est l'une de : ${v}`,
    question: (n: string) => `la question ${n}`,
  },
  en: {
    shownWhen: 'Asked only if',
    yes: 'Yes',
    no: 'No',
    and: ' and ',
    or: ' or ',
    not: 'it is not true that',
    isAnswered: (q: string) => `${q} is answered`,
    isNotAnswered: (q: string) => `${q} is not answered`,
    equals: (q: string, v: string) => `the answer to ${q} is "${v}"`,
    contains: (q: string, v: string) => `the answer to ${q} includes "${v}"`,
    oneOf: (q: string, v: string) => `the answer to ${q} is one of: ${v}`,
    question: (n: string) => `question ${n}`,
  },
} as const;

/** "Question posée si la réponse à la question 43 (« … ») est « Oui »". */
export function describeVisibility(
  questionnaire: Questionnaire,
  question: Question,
  locale: ExportLocale = 'fr',
): string | undefined {
  if (!question.visibleWhen) return undefined;
  return `${WORDS[locale].shownWhen} ${describeCondition(questionnaire, question.visibleWhen, locale)}`;
}

export function describeCondition(
  questionnaire: Questionnaire,
  condition: Condition,
  locale: ExportLocale = 'fr',
): string {
  const w = WORDS[locale];
  if ('all' in condition) return condition.all.map((c) => group(questionnaire, c, locale)).join(w.and);
  if ('any' in condition) return condition.any.map((c) => group(questionnaire, c, locale)).join(w.or);
  if ('not' in condition) return `${w.not} ${group(questionnaire, condition.not, locale)}`;
  const parent = findQuestion(questionnaire, condition.questionId)?.question;
  const name = parent
    ? `${w.question(parent.number ?? parent.id)} (« ${parent.label} »)`
    : w.question(condition.questionId);
  if ('answered' in condition) return condition.answered ? w.isAnswered(name) : w.isNotAnswered(name);
  const label = (v: ConditionValue) => valueLabel(parent, v, locale);
  if ('equals' in condition)
    return parent?.type === 'multiple_choice'
      ? w.contains(name, label(condition.equals))
      : w.equals(name, label(condition.equals));
  return w.oneOf(name, condition.in.map((v) => `« ${label(v)} »`).join(', '));
}

function group(questionnaire: Questionnaire, condition: Condition, locale: ExportLocale): string {
  const text = describeCondition(questionnaire, condition, locale);
  return 'all' in condition || 'any' in condition ? `(${text})` : text;
}

function valueLabel(question: Question | undefined, value: ConditionValue, locale: ExportLocale): string {
  if (typeof value === 'boolean') return value ? WORDS[locale].yes : WORDS[locale].no;
  if (question && (question.type === 'single_choice' || question.type === 'multiple_choice'))
    return question.options.find((o) => o.value === value)?.label ?? String(value);
  return String(value);
}

const ROLE_WORDS = {
  fr: { site: 'site', subcontractor: 'sous-traitant' },
  en: { site: 'site', subcontractor: 'subcontractor' },
} as const;

/** An answer as printed: option labels instead of values, one line per site or document. */
export function formatAnswerValue(
  question: Question,
  value: AnswerValue,
  locale: ExportLocale = 'fr',
): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? WORDS[locale].yes : WORDS[locale].no;
  if (typeof value === 'number')
    return `${value}${question.type === 'number' && question.unit ? ` ${question.unit}` : ''}`;
  if (typeof value === 'string') return valueLabel(question, value, locale);
  return value
    .map((item) =>
      typeof item === 'string'
        ? valueLabel(question, item, locale)
        : `${item.siret} — ${item.name} (${ROLE_WORDS[locale][item.role]})`,
    )
    .join('\n');
}

const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} Mo`;

/** What a blank export prints in the answer column: the expected kind of answer and its limits. */
export function describeExpectedAnswer(question: Question): string {
  switch (question.type) {
    case 'yes_no':
      return 'Oui / Non';
    case 'single_choice':
      return `Un choix parmi : ${question.options.map((o) => o.label).join(' / ')}`;
    case 'multiple_choice':
      return `Plusieurs choix parmi : ${question.options.map((o) => o.label).join(' / ')}`;
    case 'text':
      return `Texte (${question.maxLength} caractères au plus)`;
    case 'long_text':
      return 'Texte libre';
    case 'number': {
      const bounds = [
        question.min === undefined ? '' : `min. ${question.min}`,
        question.max === undefined ? '' : `max. ${question.max}`,
      ].filter(Boolean);
      return `Nombre${question.integer ? ' entier' : ''}${question.unit ? ` (${question.unit})` : ''}${bounds.length ? ` ${bounds.join(', ')}` : ''}`;
    }
    case 'date':
      return 'Date (JJ/MM/AAAA)';
    case 'siret':
      return 'SIRET (14 chiffres)';
    case 'sites_table':
      return 'Tableau des sites et sous-traitants : SIRET, nom, site ou sous-traitant';
    case 'file':
      return `Fichiers joints : jusqu'à ${question.rules.maxCount} de ${mb(question.rules.maxBytes)} chacun${question.rules.accept.length ? ` (${question.rules.accept.join(', ')})` : ''}`;
    case 'file_from_template':
      return `Fichier à compléter à partir du modèle « ${question.templateFileName} » (${question.templateDescription}) ; le format du modèle ne doit pas être modifié`;
  }
}
