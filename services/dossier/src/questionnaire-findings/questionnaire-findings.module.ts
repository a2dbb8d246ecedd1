import { Module } from '@nestjs/common';
import { SchemesModule } from '../schemes/schemes.module';
import { AnswerQuestionnaireFinding } from './answer-questionnaire-finding/answer-questionnaire-finding.usecase';
import { CloseQuestionnaireFinding } from './close-questionnaire-finding/close-questionnaire-finding.usecase';
import { ListQuestionnaireFindings } from './list-questionnaire-findings/list-questionnaire-findings.usecase';
import { QuestionnaireFindingsController } from './questionnaire-findings.controller';
import { RaiseQuestionnaireFinding } from './raise-questionnaire-finding/raise-questionnaire-finding.usecase';
import { ResubmitQuestionnaire } from './resubmit-questionnaire/resubmit-questionnaire.usecase';

/**
 * Findings ("écarts") on questionnaire answers, the applicant's answers and the resubmission
 * (docs/domain/organisation-certification.md#questionnaire-findings).
 */
@Module({
  imports: [SchemesModule],
  controllers: [QuestionnaireFindingsController],
  providers: [
    RaiseQuestionnaireFinding,
    AnswerQuestionnaireFinding,
    CloseQuestionnaireFinding,
    ListQuestionnaireFindings,
    ResubmitQuestionnaire,
  ],
})
export class QuestionnaireFindingsModule {}
