import { allQuestions, isVisible, type Answers, type Questionnaire } from '@certhub/contracts';
import { sampleAnswer } from '@certhub/testing';
import { today, type Api } from './api';

const SIRET = '90123456700013';

/** Every shown question answered but those left for the person to answer in the page. */
export function prefill(questionnaire: Questionnaire, leftForThePage: readonly string[] = []): Answers {
  const answers: Answers = {};
  for (const { question } of allQuestions(questionnaire)) {
    if (leftForThePage.includes(question.id) || !isVisible(questionnaire, question, answers)) continue;
    // File questions get their documents from `answered` (the API checks every document id).
    answers[question.id] = {
      value: sampleAnswer(question, { siret: SIRET, date: today(), text: 'Réponse de l’organisation' }),
    };
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

/**
 * A label dossier of the demo organisation with the demo CB, its questionnaire answered (but the
 * questions left for the page) and, with `submit`, sent to the CB; the dossier and its scheme.
 */
export async function labelDossier(
  api: Api,
  { leftForThePage = [], submit = true }: { leftForThePage?: readonly string[]; submit?: boolean } = {},
) {
  const scheme = await api.call<{
    questionnaire: Questionnaire;
    chapters: { requirements: { id: string }[] }[];
  }>('applicant', 'GET', '/schemes/label-engagement');
  const dossier = await api.call<{ id: string; reference: string }>('applicant', 'POST', '/dossiers', {
    schemeId: 'label-engagement',
    cbId: 'cb-demo',
  });
  await answered(api, dossier.id, scheme.questionnaire, leftForThePage);
  if (submit) await api.call('applicant', 'POST', `/dossiers/${dossier.id}/questionnaire/submit`, {});
  return { dossier, scheme };
}
