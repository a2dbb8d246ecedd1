import type { Answers, DocumentReference, Scheme } from '@certhub/contracts';
import { questionContextId } from './document-contexts';

/**
 * The documents of a questionnaire's file answers, each expected in its question's upload
 * context of the applicant's tenant (`answers.<questionId>` names it in a refusal).
 */
export function answerReferences(
  dossier: { _id: string; organisationId: string },
  scheme: Scheme,
  answers: Answers,
): DocumentReference[] {
  const fileQuestions = new Set(
    scheme.questionnaire.sections.flatMap((s) =>
      s.questions.filter((q) => q.type === 'file' || q.type === 'file_from_template').map((q) => q.id),
    ),
  );
  return Object.entries(answers).flatMap(([questionId, answer]) =>
    fileQuestions.has(questionId) && Array.isArray(answer.value)
      ? (answer.value as unknown[])
          .filter((id): id is string => typeof id === 'string')
          .map((documentId) => ({
            field: `answers.${questionId}`,
            documentId,
            contextId: questionContextId(dossier._id, questionId),
            ownerTenantId: dossier.organisationId,
          }))
      : [],
  );
}
