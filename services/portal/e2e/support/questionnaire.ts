import {
  allQuestions,
  isVisible,
  type Answers,
  type AnswerValue,
  type Question,
  type Questionnaire,
} from '@certhub/contracts';
import { today, type Api } from './api';

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
      // Uploaded into the question's context by `answered` (the API checks every document id).
      return [];
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

/** The prefilled answers with a real file uploaded into each file question's context, saved on the dossier. */
export async function answered(
  api: Api,
  dossierId: string,
  questionnaire: Questionnaire,
  leftForThePage: readonly string[] = [],
): Promise<void> {
  const answers = prefill(questionnaire, leftForThePage);
  for (const { question } of allQuestions(questionnaire))
    if (answers[question.id] && (question.type === 'file' || question.type === 'file_from_template'))
      answers[question.id] = {
        value: [await api.upload('applicant', `dossier:${dossierId}:question:${question.id}`)],
      };
  await api.call('applicant', 'PUT', `/dossiers/${dossierId}/questionnaire`, { revision: 0, answers });
}
