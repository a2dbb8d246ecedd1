import { Injectable } from '@nestjs/common';
import type { Answers } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { toQuestionnaireFindingResponse } from '../../dossiers/dossier.mapper';
import type { QuestionnaireFinding } from '../../lifecycle/dossier.schema';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { QuestionnaireAnswers } from '../../evidence/questionnaire-answers';
import { questionContextId } from '../../evidence/document-contexts';
import { DocumentReferences } from '../../evidence/document-references';

/**
 * The applicant answers a finding: a corrective action, a corrected answer of the finding's question
 * (validated like a draft save), and/or a document
 * (docs/domain/organisation-certification.md#questionnaire-findings). It may answer again until it resubmits.
 */
@Injectable()
export class AnswerQuestionnaireFinding {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly answers: QuestionnaireAnswers,
    private readonly documents: DocumentReferences,
  ) {}

  readonly execute: RpcHandler<'dossier.questionnaire-findings.answer'> = async (principal, request) => {
    const { change } = await this.lifecycle.apply(
      principal,
      request.dossierId,
      'answer_questionnaire_finding',
      async (current, now) => {
        const finding = current.questionnaireFindings.find((f) => f.id === request.findingId);
        if (!finding) throw DomainError.notFound(`finding ${request.findingId}`);
        if (finding.status !== 'open' && finding.status !== 'answered')
          throw DomainError.conflict(
            `finding ${finding.number} is ${finding.status}: it takes no more answers`,
            {
              currentStatus: finding.status,
            },
          );
        const answers = current.questionnaire.answers as Answers;
        const $set: Record<string, unknown> = {};
        if (request.correctedAnswer) {
          const corrected = { [finding.questionId]: request.correctedAnswer };
          await this.answers.requireValid(
            current,
            corrected,
            'the corrected answer is invalid',
            'correctedAnswer',
          );
          $set['questionnaire.answers'] = { ...answers, ...corrected };
        }
        if (request.documentId)
          await this.documents.requireOne('documentId', request.documentId, {
            contextId: questionContextId(current._id, finding.questionId),
            ownerTenantId: current.organisationId,
          });
        const answered: QuestionnaireFinding = {
          ...finding,
          status: 'answered',
          response: {
            ...(request.correctiveAction ? { correctiveAction: request.correctiveAction } : {}),
            ...(request.documentId ? { documentId: request.documentId } : {}),
            answeredAt: now,
            answeredBy: principal.userId,
          },
        };
        $set['questionnaireFindings'] = current.questionnaireFindings.map((f) =>
          f.id === finding.id ? answered : f,
        );
        return {
          answered,
          $set,
          ...(request.correctedAnswer ? { $inc: { 'questionnaire.revision': 1 } } : {}),
          what: `finding ${finding.number} answered`,
          before: {
            response: finding.response ?? null,
            ...(request.correctedAnswer ? { answer: answers[finding.questionId] ?? null } : {}),
          },
          after: {
            response: answered.response,
            ...(request.correctedAnswer ? { answer: request.correctedAnswer } : {}),
          },
        };
      },
    );
    return toQuestionnaireFindingResponse(change.answered);
  };
}
