import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../dossiers/dossier-access';
import { AnswerQuestionnaireFinding } from './answer-questionnaire-finding/answer-questionnaire-finding.usecase';
import { CloseQuestionnaireFinding } from './close-questionnaire-finding/close-questionnaire-finding.usecase';
import { ListQuestionnaireFindings } from './list-questionnaire-findings/list-questionnaire-findings.usecase';
import { RaiseQuestionnaireFinding } from './raise-questionnaire-finding/raise-questionnaire-finding.usecase';
import { ResubmitQuestionnaire } from './resubmit-questionnaire/resubmit-questionnaire.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class QuestionnaireFindingsController {
  constructor(
    private readonly raiseFinding: RaiseQuestionnaireFinding,
    private readonly answerFinding: AnswerQuestionnaireFinding,
    private readonly closeFinding: CloseQuestionnaireFinding,
    private readonly listFindings: ListQuestionnaireFindings,
    private readonly resubmitQuestionnaire: ResubmitQuestionnaire,
  ) {}

  @MessagePattern('dossier.questionnaire-findings.raise')
  raise(
    @Payload() request: RpcPayload<'dossier.questionnaire-findings.raise'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.raise'>> {
    return this.raiseFinding.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.questionnaire-findings.answer')
  answer(
    @Payload() request: RpcPayload<'dossier.questionnaire-findings.answer'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.answer'>> {
    return this.answerFinding.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.questionnaire-findings.close')
  close(
    @Payload() request: RpcPayload<'dossier.questionnaire-findings.close'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.close'>> {
    return this.closeFinding.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.questionnaire-findings.list')
  list(
    @Payload() request: RpcPayload<'dossier.questionnaire-findings.list'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.list'>> {
    return this.listFindings.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.questionnaire.resubmit')
  resubmit(
    @Payload() request: RpcPayload<'dossier.questionnaire.resubmit'>,
  ): Promise<RpcResponse<'dossier.questionnaire.resubmit'>> {
    return this.resubmitQuestionnaire.execute(requirePrincipal(), request);
  }
}
