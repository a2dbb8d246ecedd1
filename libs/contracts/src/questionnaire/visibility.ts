import type {
  Answer,
  AnswerValue,
  Answers,
  Condition,
  ConditionValue,
  Question,
  Questionnaire,
  QuestionnaireSection,
} from './questionnaire.schemas';

/**
 * THE visibility rule, shared by the dossier service (submit, prune), the gateway's exports and the
 * portal: a question is shown when it has no condition, or when every question its condition
 * refers to (its parents) is shown AND the condition holds on their answers. So a question whose
 * parent is hidden is hidden too, whatever the condition says (even a `not`): answers left behind
 * in a hidden branch never reveal anything.
 */

export interface LocatedQuestion {
  question: Question;
  section: QuestionnaireSection;
}

/** Every question in order with its section. */
export function allQuestions(questionnaire: Questionnaire): LocatedQuestion[] {
  return questionnaire.sections.flatMap((section) =>
    section.questions.map((question) => ({ question, section })),
  );
}

export function findQuestion(questionnaire: Questionnaire, questionId: string): LocatedQuestion | undefined {
  for (const section of questionnaire.sections) {
    const question = section.questions.find((q) => q.id === questionId);
    if (question) return { question, section };
  }
  return undefined;
}

/** An answer counts as given when its value is not null, not blank and not an empty list. */
export function isAnswered(answer: Answer | undefined): boolean {
  return hasValue(answer?.value);
}

export function hasValue(value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * Visibility of every question of the questionnaire, in one top-down pass. Questionnaires refer
 * only to earlier questions (QuestionnaireSchema), but the evaluation does not rely on it: a
 * reference to an unknown question, or a cycle, makes the question hidden.
 */
export function visibilityMap(questionnaire: Questionnaire, answers: Answers): Map<string, boolean> {
  const byId = new Map(allQuestions(questionnaire).map(({ question }) => [question.id, question]));
  const visible = new Map<string, boolean>();
  const resolving = new Set<string>();
  const resolve = (id: string): boolean => {
    const known = visible.get(id);
    if (known !== undefined) return known;
    const question = byId.get(id);
    if (!question) return false;
    if (resolving.has(id)) return false;
    resolving.add(id);
    const condition = question.visibleWhen;
    const shown =
      !condition ||
      (conditionParents(condition).every(resolve) &&
        holds(condition, (parentId) => answers[parentId]?.value));
    resolving.delete(id);
    visible.set(id, shown);
    return shown;
  };
  for (const id of byId.keys()) resolve(id);
  return visible;
}

/** Whether one question is shown, given the answers. */
export function isVisible(
  questionnaire: Questionnaire,
  question: Question | string,
  answers: Answers,
): boolean {
  const id = typeof question === 'string' ? question : question.id;
  return visibilityMap(questionnaire, answers).get(id) ?? false;
}

/** The questions shown for these answers, in order, with their section. */
export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): LocatedQuestion[] {
  const visible = visibilityMap(questionnaire, answers);
  return allQuestions(questionnaire).filter(({ question }) => visible.get(question.id));
}

/** The answers of shown questions only: what is submitted, required and exported. */
export function pruneHidden(questionnaire: Questionnaire, answers: Answers): Answers {
  const visible = visibilityMap(questionnaire, answers);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => visible.get(id)));
}

/** The questions a condition reads. */
export function conditionParents(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionParents);
  if ('any' in condition) return condition.any.flatMap(conditionParents);
  if ('not' in condition) return conditionParents(condition.not);
  return [condition.questionId];
}

/** A condition on the answers; `read` gives a question's value (undefined when unanswered). */
export function holds(condition: Condition, read: (questionId: string) => AnswerValue | undefined): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, read));
  if ('any' in condition) return condition.any.some((c) => holds(c, read));
  if ('not' in condition) return !holds(condition.not, read);
  const value = read(condition.questionId);
  if ('answered' in condition) return hasValue(value) === condition.answered;
  if (!hasValue(value)) return false;
  const wanted: ConditionValue[] = 'equals' in condition ? [condition.equals] : condition.in;
  const given = Array.isArray(value) ? value : [value];
  return given.some((v) => typeof v !== 'object' && wanted.some((w) => w === v));
}
