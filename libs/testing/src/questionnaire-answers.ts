import type { AnswerValue, Question } from '@certhub/contracts';

/** Who answers: the values a sample answer takes from the answerer. */
export interface Answerer {
  siret: string;
  /** The answer of a date question without a lower bound. */
  date: string;
  /** Free text, cut to each text question's length. */
  text: string;
  /** The answer of a text question named for a mail (else `text`). */
  email?: string;
  /** The name of the one site a sites table lists. */
  siteName?: string;
}

/**
 * A valid answer of each question type, within the question's own bounds and options, as tests and
 * the local demo fill a questionnaire; file questions are left empty for the caller to upload into
 * their context. Compiled without imports, so the demo seeders (plain Node) can load it from dist.
 */
export function sampleAnswer(question: Question, answerer: Answerer): AnswerValue {
  const { siret, date, text, email, siteName = 'Siège' } = answerer;
  switch (question.type) {
    case 'yes_no':
      return false;
    case 'single_choice':
      return question.options[0]?.value ?? null;
    case 'multiple_choice':
      return question.options.slice(0, Math.max(1, question.minSelected ?? 1)).map((o) => o.value);
    case 'text':
    case 'long_text':
      if (email && /mail/i.test(question.id)) return email;
      // Short fields are codes (postal code, NAF…): digits of the full length.
      return question.maxLength < 20 ? '6'.repeat(question.maxLength) : text.slice(0, question.maxLength);
    case 'number':
      return question.min ?? 1;
    case 'date':
      return question.min ?? date;
    case 'siret':
      return siret;
    case 'sites_table':
      return [{ siret, name: siteName, role: 'site' }];
    case 'file':
    case 'file_from_template':
      return [];
  }
}
