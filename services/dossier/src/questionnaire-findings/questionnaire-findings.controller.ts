import { handle, rpcHandlers } from '@certhub/platform';
import { AnswerQuestionnaireFinding } from './answer-questionnaire-finding/answer-questionnaire-finding.usecase';
import { CloseQuestionnaireFinding } from './close-questionnaire-finding/close-questionnaire-finding.usecase';
import { ListQuestionnaireFindings } from './list-questionnaire-findings/list-questionnaire-findings.usecase';
import { RaiseQuestionnaireFinding } from './raise-questionnaire-finding/raise-questionnaire-finding.usecase';
import { ResubmitQuestionnaire } from './resubmit-questionnaire/resubmit-questionnaire.usecase';

/** The questionnaire findings' NATS subjects, each answered by its use case. */
export const QuestionnaireFindingsController = rpcHandlers(
  handle('dossier.questionnaire-findings.raise', RaiseQuestionnaireFinding),
  handle('dossier.questionnaire-findings.answer', AnswerQuestionnaireFinding),
  handle('dossier.questionnaire-findings.close', CloseQuestionnaireFinding),
  handle('dossier.questionnaire-findings.list', ListQuestionnaireFindings),
  handle('dossier.questionnaire.resubmit', ResubmitQuestionnaire),
);
