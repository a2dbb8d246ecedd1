import { Injectable } from '@nestjs/common';
import { pruneHidden, type Answers } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../dossier-command';
import { DocumentContexts } from '../../evidence/document-contexts';
import { QuestionnaireAnswers } from '../../evidence/questionnaire-answers';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';

/**
 * Submit: only when every shown required question is answered, otherwise 422 listing each missing one (the
 * portal's orange questions, docs/domain/organisation-certification.md#submitting). Hidden answers are
 * dropped; the questionnaire is read-only afterwards ("Questionnaire saisi").
 */
@Injectable()
export class SubmitQuestionnaire {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly answers: QuestionnaireAnswers,
    private readonly contexts: DocumentContexts,
  ) {}

  readonly execute: RpcHandler<'dossier.questionnaire.submit'> = (principal, request) =>
    dossierCommand(
      this.lifecycle,
      principal,
      request,
      'submit_questionnaire',
      async (current, now) => {
        if (request.revision !== undefined && request.revision !== current.questionnaire.revision)
          throw new DomainError(
            'conflict',
            `the questionnaire was saved meanwhile (revision ${current.questionnaire.revision}, yours ${request.revision}): reload it before submitting`,
            { currentRevision: current.questionnaire.revision, currentStatus: current.status },
          );
        const scheme = await this.answers.scheme(current);
        // Hidden answers are not sent; what is sent is checked again and frozen.
        const sent = pruneHidden(scheme.questionnaire, current.questionnaire.answers as Answers);
        await this.answers.requireSubmittable(current, scheme, sent);
        return {
          $set: {
            'questionnaire.answers': sent,
            'questionnaire.submittedAt': now,
            'questionnaire.submittedBy': principal.userId,
          },
          $inc: { 'questionnaire.revision': 1 },
          what: 'questionnaire submitted',
          after: { revision: current.questionnaire.revision + 1 },
          events: () => [
            dossierEvent(
              'certhub.dossier.submitted.v1',
              { ...dossierRef(current), submittedBy: principal.userId, submittedAt: now.toISOString() },
              current,
            ),
          ],
        };
      },
      (after) => this.contexts.dossier(after),
    );
}
