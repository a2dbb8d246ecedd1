import { Injectable } from '@nestjs/common';
import { findQuestion, type Principal, type RpcPayload, type RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';
import { toQuestionnaireFindingResponse } from '../../dossiers/dossier.mapper';
import type { QuestionnaireFinding } from '../../lifecycle/dossier.schema';
import { DocumentContexts } from '../../evidence/document-contexts';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { SchemeService } from '../../schemes/scheme.service';

/** NC0007: the dossier's own counter, four digits (more when a dossier ever needs them). */
export const findingNumber = (seq: number): string => `NC${String(seq).padStart(4, '0')}`;

/**
 * The analyst raises a finding ("écart") on one answer of a submitted questionnaire
 * (docs/domain/organisation-certification.md#questionnaire-findings). Numbers count per dossier: allocated in
 * the same atomic update as the finding (no counter document, no gap, no race), and always read with the
 * dossier reference the applicant already has.
 */
@Injectable()
export class RaiseQuestionnaireFinding {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly schemes: SchemeService,
    private readonly contexts: DocumentContexts,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.questionnaire-findings.raise'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.raise'>> {
    const { change, after } = await this.lifecycle.apply(
      principal,
      request.dossierId,
      'raise_questionnaire_finding',
      async (current, now) => {
        const scheme = await this.schemes.get(current.schemeId, current.schemeVersion);
        if (!findQuestion(scheme.questionnaire, request.questionId))
          throw new DomainError(
            'validation_failed',
            `no question ${request.questionId} in this questionnaire`,
            [{ field: 'questionId', message: 'unknown question' }],
          );
        const raised: QuestionnaireFinding = {
          id: randomUUID(),
          number: findingNumber((current.questionnaire.findingSeq ?? 0) + 1),
          questionId: request.questionId,
          description: request.description,
          status: 'open',
          raisedAt: now,
          raisedBy: principal.userId,
        };
        return {
          raised,
          $push: { questionnaireFindings: raised },
          $inc: { 'questionnaire.findingSeq': 1 },
          what: `finding ${raised.number} raised on question ${raised.questionId}`,
          after: { number: raised.number, questionId: raised.questionId, description: raised.description },
          events: () => [
            dossierEvent(
              'certhub.dossier.questionnaire_finding_raised.v1',
              {
                ...dossierRef(current),
                findingId: raised.id,
                number: raised.number,
                questionId: raised.questionId,
                at: now.toISOString(),
                by: principal.userId,
              },
              current,
            ),
          ],
        };
      },
    );
    // The questionnaire is editable again, and the finding's question takes a document.
    await this.contexts.dossier(after);
    return toQuestionnaireFindingResponse(change.raised);
  }
}
