import { missingRequired, type Answers, type Questionnaire } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/**
 * Submit and resubmit refuse an incomplete questionnaire with one error per missing question (the
 * portal's orange list): `field` in the problem's usual shape, plus the question's number, label and
 * section to show it.
 */
export function assertComplete(questionnaire: Questionnaire, answers: Answers): void {
  const missing = missingRequired(questionnaire, answers);
  if (!missing.length) return;
  throw new DomainError(
    'validation_failed',
    `${missing.length} required question${missing.length === 1 ? ' is' : 's are'} not answered`,
    missing.map((m) => ({
      field: `answers.${m.questionId}`,
      message: `required: ${m.number ? `question ${m.number}, ` : ''}${m.label}`,
      ...m,
    })),
  );
}
