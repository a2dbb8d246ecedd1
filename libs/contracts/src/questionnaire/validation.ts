import { checkSiret } from '../identity/numbers';
import type { AnswerValue, Answers, Question, Questionnaire } from './questionnaire.schemas';
import { allQuestions, hasValue, isAnswered, visibleQuestions } from './visibility';

export type AnswerErrorCode =
  | 'unknown_question'
  | 'invalid_type'
  | 'invalid_option'
  | 'out_of_bounds'
  | 'too_long'
  | 'invalid_date'
  | 'invalid_siret'
  | 'too_few'
  | 'too_many'
  | 'duplicate';

export interface AnswerError {
  questionId: string;
  code: AnswerErrorCode;
  message: string;
  /** Inside a sites table: the row index. */
  row?: number;
}

export interface MissingAnswer {
  questionId: string;
  /** The question's number, when it has one, for "question 43" in messages. */
  number?: string;
  label: string;
  /** The section's title. */
  section: string;
  sectionId: string;
}

/**
 * Checks each given answer against its question: known id, value of the question's type, bounds,
 * options, SIRET check digits, file counts. Blank values (null, "", []) are accepted here: a draft
 * may clear an answer; requiredness is missingRequired's business, at submit.
 */
export function validateAnswers(questionnaire: Questionnaire, answers: Answers): AnswerError[] {
  const byId = new Map(allQuestions(questionnaire).map(({ question }) => [question.id, question]));
  const errors: AnswerError[] = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = byId.get(questionId);
    if (!question) {
      errors.push({
        questionId,
        code: 'unknown_question',
        message: `no question ${questionId} in this questionnaire`,
      });
      continue;
    }
    if (!hasValue(answer.value)) continue;
    errors.push(...checkValue(question, answer.value).map((e) => ({ questionId, ...e })));
  }
  return errors;
}

/** Every shown required question without an answer, in questionnaire order (the portal's orange list). */
export function missingRequired(questionnaire: Questionnaire, answers: Answers): MissingAnswer[] {
  return visibleQuestions(questionnaire, answers)
    .filter(({ question }) => question.required && !isAnswered(answers[question.id]))
    .map(({ question, section }) => ({
      questionId: question.id,
      ...(question.number ? { number: question.number } : {}),
      label: question.label,
      section: section.title,
      sectionId: section.id,
    }));
}

type Problem = Omit<AnswerError, 'questionId'>;
const problem = (code: AnswerErrorCode, message: string, row?: number): Problem =>
  row === undefined ? { code, message } : { code, message, row };
const wrongType = (expected: string): Problem[] => [problem('invalid_type', `expected ${expected}`)];
const isStringList = (v: AnswerValue): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

function checkValue(question: Question, value: AnswerValue): Problem[] {
  switch (question.type) {
    case 'yes_no':
      return typeof value === 'boolean' ? [] : wrongType('true (yes) or false (no)');
    case 'single_choice': {
      if (typeof value !== 'string') return wrongType('one option value');
      const options = question.options.map((o) => o.value);
      return options.includes(value)
        ? []
        : [problem('invalid_option', `${value} is not one of ${options.join(', ')}`)];
    }
    case 'multiple_choice': {
      if (!isStringList(value)) return wrongType('a list of option values');
      const options = question.options.map((o) => o.value);
      const out: Problem[] = value
        .filter((v) => !options.includes(v))
        .map((v) => problem('invalid_option', `${v} is not one of ${options.join(', ')}`));
      if (new Set(value).size !== value.length) out.push(problem('duplicate', 'an option is ticked twice'));
      if (question.minSelected !== undefined && value.length < question.minSelected)
        out.push(problem('too_few', `tick at least ${question.minSelected}`));
      if (question.maxSelected !== undefined && value.length > question.maxSelected)
        out.push(problem('too_many', `tick at most ${question.maxSelected}`));
      return out;
    }
    case 'text':
    case 'long_text':
      if (typeof value !== 'string') return wrongType('text');
      return value.length > question.maxLength
        ? [problem('too_long', `at most ${question.maxLength} characters`)]
        : [];
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('a number');
      const out: Problem[] = [];
      if (question.integer && !Number.isInteger(value))
        out.push(problem('invalid_type', 'expected a whole number'));
      if (question.min !== undefined && value < question.min)
        out.push(problem('out_of_bounds', `must be at least ${question.min}`));
      if (question.max !== undefined && value > question.max)
        out.push(problem('out_of_bounds', `must be at most ${question.max}`));
      return out;
    }
    case 'date': {
      if (typeof value !== 'string') return wrongType('a date (YYYY-MM-DD)');
      if (!isIsoDate(value)) return [problem('invalid_date', `${value} is not a date (YYYY-MM-DD)`)];
      if (question.min && value < question.min)
        return [problem('out_of_bounds', `must be on or after ${question.min}`)];
      if (question.max && value > question.max)
        return [problem('out_of_bounds', `must be on or before ${question.max}`)];
      return [];
    }
    case 'siret': {
      if (typeof value !== 'string') return wrongType('a SIRET (14 digits)');
      const check = checkSiret(value);
      return check.ok ? [] : [problem('invalid_siret', check.reason)];
    }
    case 'sites_table':
      return checkSites(question, value);
    case 'file':
    case 'file_from_template': {
      if (!isStringList(value)) return wrongType('a list of document ids');
      const out: Problem[] = [];
      if (value.length > question.rules.maxCount)
        out.push(problem('too_many', `at most ${question.rules.maxCount} file(s)`));
      if (value.some((id) => id.trim().length === 0))
        out.push(problem('invalid_type', 'a document id is blank'));
      if (new Set(value).size !== value.length)
        out.push(problem('duplicate', 'a document is attached twice'));
      return out;
    }
  }
}

function checkSites(question: Extract<Question, { type: 'sites_table' }>, value: AnswerValue): Problem[] {
  if (!Array.isArray(value) || value.some((row) => typeof row !== 'object' || row === null))
    return wrongType('a list of sites { siret, name, role }');
  const rows = value as { siret: string; name: string; role: string }[];
  const out: Problem[] = [];
  if (rows.length < question.minRows)
    out.push(problem('too_few', `declare at least ${question.minRows} row(s)`));
  if (rows.length > question.maxRows)
    out.push(problem('too_many', `declare at most ${question.maxRows} rows`));
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const check = checkSiret(row.siret);
    if (!check.ok) out.push(problem('invalid_siret', check.reason, index));
    else if (seen.has(check.value))
      out.push(problem('duplicate', `SIRET ${check.value} is declared twice`, index));
    else seen.add(check.value);
    if (row.name.trim().length === 0) out.push(problem('invalid_type', 'the name is blank', index));
  });
  return out;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
