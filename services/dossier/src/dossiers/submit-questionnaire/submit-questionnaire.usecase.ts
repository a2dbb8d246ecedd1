import { Injectable } from '@nestjs/common';
import {
  pruneHidden,
  type Answers,
  type Principal,
  type RpcPayload,
  type RpcResponse,
} from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle.service';
import { retryOnStale } from '../../lifecycle/retry-on-stale';
import { SchemeService } from '../../schemes/scheme.service';
import { dossierEvent, dossierRef } from '../dossier-events';
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
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.questionnaire.submit'>,
  ): Promise<RpcResponse<'dossier.questionnaire.submit'>> {
    const updated = await retryOnStale(async () => {
      const current = await this.lifecycle.loadFor(principal, request.dossierId, 'submit_questionnaire');
      if (request.revision !== undefined && request.revision !== current.questionnaire.revision)
        throw new DomainError(
          'conflict',
          `the questionnaire was saved meanwhile (revision ${current.questionnaire.revision}, yours ${request.revision}): reload it before submitting`,
          { currentRevision: current.questionnaire.revision, currentStatus: current.status },
        );
      const scheme = await this.schemes.get(current.schemeId, current.schemeVersion);
      const answers = current.questionnaire.answers as Answers;
      assertComplete(scheme.questionnaire, answers);
      const submittedAt = new Date();
      return this.lifecycle.apply({
        dossierId: current._id,
        action: 'submit_questionnaire',
        principal,
        expectedVersion: current.version,
        update: {
          $set: {
            'questionnaire.answers': pruneHidden(scheme.questionnaire, answers),
            'questionnaire.submittedAt': submittedAt,
            'questionnaire.submittedBy': principal.userId,
          },
          $inc: { 'questionnaire.revision': 1 },
        },
        events: (before) => [
          dossierEvent(
            'certhub.dossier.submitted.v1',
            { ...dossierRef(before), submittedBy: principal.userId, submittedAt: submittedAt.toISOString() },
            before,
          ),
        ],
        trail: { what: 'questionnaire submitted', after: { revision: current.questionnaire.revision + 1 } },
      });
    });
    return toDossierResponse(updated);
  }
}
