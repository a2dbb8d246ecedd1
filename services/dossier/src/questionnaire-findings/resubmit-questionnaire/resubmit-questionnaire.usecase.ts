import { Injectable } from '@nestjs/common';
import { type Answers, type Principal, type RpcPayload, type RpcResponse } from '@certhub/contracts';
import { toDossierResponse } from '../../dossiers/dossier.mapper';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { SchemeService } from '../../schemes/scheme.service';
import { assertComplete } from '../../dossiers/missing-answers';

/**
 * Every finding answered, the applicant sends the questionnaire back: "Questionnaire corrigé"
 * (docs/domain/organisation-certification.md#questionnaire-findings). Like a first submit, every shown
 * required question must still be answered.
 */
@Injectable()
export class ResubmitQuestionnaire {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly schemes: SchemeService,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.questionnaire.resubmit'>,
  ): Promise<RpcResponse<'dossier.questionnaire.resubmit'>> {
    const { after } = await this.lifecycle.apply(
      principal,
      request.dossierId,
      'resubmit_questionnaire',
      async (current, now) => {
        const scheme = await this.schemes.get(current.schemeId, current.schemeVersion);
        assertComplete(scheme.questionnaire, current.questionnaire.answers as Answers);
        const corrected = current.questionnaireFindings.map((f) =>
          f.status === 'answered' ? { ...f, status: 'corrected' as const } : f,
        );
        return {
          $set: {
            questionnaireFindings: corrected,
            'questionnaire.submittedAt': now,
            'questionnaire.submittedBy': principal.userId,
          },
          what: 'questionnaire resubmitted with its corrections',
          after: { corrected: corrected.filter((f) => f.status === 'corrected').map((f) => f.number) },
        };
      },
    );
    return toDossierResponse(after);
  }
}
