import { Injectable } from '@nestjs/common';
import { type Answers } from '@certhub/contracts';
import { DocumentContexts, questionContextId } from '../../evidence/document-contexts';
import { QuestionnaireAnswers } from '../../evidence/questionnaire-answers';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../../dossiers/dossier-command';
import { type RpcHandler } from '@certhub/platform';

/**
 * Every finding answered, the applicant sends the questionnaire back: "Questionnaire corrigé"
 * (docs/domain/organisation-certification.md#questionnaire-findings). Like a first submit, every shown
 * required question must still be answered.
 */
@Injectable()
export class ResubmitQuestionnaire {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly answers: QuestionnaireAnswers,
    private readonly contexts: DocumentContexts,
  ) {}

  readonly execute: RpcHandler<'dossier.questionnaire.resubmit'> = (principal, request) =>
    dossierCommand(
      this.lifecycle,
      principal,
      request,
      'resubmit_questionnaire',
      async (current, now) => {
        // The corrected questionnaire and the findings' answers are evidence, like a first submit.
        await this.answers.requireSubmittable(
          current,
          await this.answers.scheme(current),
          current.questionnaire.answers as Answers,
          current.questionnaireFindings.flatMap((f) =>
            f.status === 'answered' && f.response?.documentId
              ? [
                  {
                    field: `questionnaireFindings.${f.number}.documentId`,
                    documentId: f.response.documentId,
                    contextId: questionContextId(current._id, f.questionId),
                    ownerTenantId: current.organisationId,
                  },
                ]
              : [],
          ),
        );
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
      (after) => this.contexts.dossier(after),
    );
}
