import { Injectable } from '@nestjs/common';
import { pruneHidden, type Answers } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { answerReferences } from '../../evidence/answer-references';
import { DocumentContexts } from '../../evidence/document-contexts';
import { DocumentReferences } from '../../evidence/document-references';
import { SchemeService } from '../../schemes/scheme.service';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';
import { toDossierResponse } from '../dossier.mapper';
import { assertComplete } from '../missing-answers';

/**
 * Submit: only when every shown required question is answered, otherwise 422 listing each missing one (the
 * portal's orange questions, docs/domain/organisation-certification.md#submitting). Hidden answers are
 * dropped; the questionnaire is read-only afterwards ("Questionnaire saisi").
 */
@Injectable()
export class SubmitQuestionnaire {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly schemes: SchemeService,
    private readonly documents: DocumentReferences,
    private readonly contexts: DocumentContexts,
  ) {}

  readonly execute: RpcHandler<'dossier.questionnaire.submit'> = async (principal, request) => {
    const { after } = await this.lifecycle.apply(
      principal,
      request.dossierId,
      'submit_questionnaire',
      async (current, now) => {
        if (request.revision !== undefined && request.revision !== current.questionnaire.revision)
          throw new DomainError(
            'conflict',
            `the questionnaire was saved meanwhile (revision ${current.questionnaire.revision}, yours ${request.revision}): reload it before submitting`,
            { currentRevision: current.questionnaire.revision, currentStatus: current.status },
          );
        const scheme = await this.schemes.get(current.schemeId, current.schemeVersion);
        const answers = current.questionnaire.answers as Answers;
        assertComplete(scheme.questionnaire, answers);
        // What is sent is evidence: checked again (a document may have been deleted since its save), frozen.
        await this.documents.require(
          answerReferences(current, scheme, pruneHidden(scheme.questionnaire, answers)),
          `dossier:${current._id}:questionnaire`,
        );
        return {
          $set: {
            'questionnaire.answers': pruneHidden(scheme.questionnaire, answers),
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
    );
    await this.contexts.dossier(after);
    return toDossierResponse(after);
  };
}
