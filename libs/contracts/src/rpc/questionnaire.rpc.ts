import { z } from 'zod';
import { DossierStatusSchema } from '../events/dossier.events';
import { AnswersSchema } from '../questionnaire/questionnaire.schemas';
import { id } from '../fields';

/**
 * The questionnaire of one dossier as its readers see it (the applicant, its CB; tenant-scoped by the
 * dossier service). Answers follow AnswersSchema; the gateway's filled exports are built from it
 * with the scheme version's questionnaire and the shared visibility rule.
 */
export const DossierQuestionnaireSchema = z.object({
  dossierId: z.string(),
  reference: z.string(),
  organisationId: z.string(),
  schemeId: z.string(),
  schemeVersion: z.string(),
  status: DossierStatusSchema,
  /** The questionnaire's revision: the one a draft save must name (optimistic concurrency). */
  revision: z.number().int().min(0),
  answers: AnswersSchema,
});
export type DossierQuestionnaire = z.infer<typeof DossierQuestionnaireSchema>;

export const QuestionnaireRpc = {
  /** Implemented by the dossier lifecycle (services/dossier/src/dossiers). */
  'dossier.questionnaire.get': {
    http: {
      method: 'GET',
      path: '/api/v1/dossiers/{dossierId}/questionnaire',
      tag: 'dossiers',
      summary: 'The questionnaire answers and revision',
    },
    request: z.object({ dossierId: id }).strict(),
    response: DossierQuestionnaireSchema,
  },
} as const;
