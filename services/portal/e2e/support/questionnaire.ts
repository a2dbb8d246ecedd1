import {
  allQuestions,
  isVisible,
  type Answers,
  type AnswerValue,
  type Question,
  type Questionnaire,
} from '@certhub/contracts';
import { today } from './api';

const SIRET = '90123456700013';

/** A valid answer of each type, as the journeys give them through the API. */
function sample(question: Question): AnswerValue {
  switch (question.type) {
    case 'yes_no':
      return false;
    case 'single_choice':
      return question.options[0]?.value ?? null;
    case 'multiple_choice':
      return [question.options[0]?.value ?? ''];
    case 'text':
    case 'long_text':
      return question.maxLength < 40
        ? '0612345678'.slice(0, question.maxLength)
        : 'Réponse de l’organisation';
    case 'number':
      return question.min ?? 1;
    case 'date':
      return today();
    case 'siret':
      return SIRET;
    case 'sites_table':
      return [{ siret: SIRET, name: 'Siège', role: 'site' }];
    case 'file':
    case 'file_from_template':
      // No upload context is opened for questionnaire files yet: placeholder ids, as the API accepts.
      return [`placeholder-${question.id}`];
  }
}

/** Every shown question answered but those left for the person to answer in the page. */
export function prefill(questionnaire: Questionnaire, leftForThePage: readonly string[] = []): Answers {
  const answers: Answers = {};
  for (const { question } of allQuestions(questionnaire)) {
    if (leftForThePage.includes(question.id) || !isVisible(questionnaire, question, answers)) continue;
    answers[question.id] = { value: sample(question) };
  }
  return answers;
}
