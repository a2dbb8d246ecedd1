import { Injectable } from '@nestjs/common';
import { findQuestion } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';
import { toQuestionnaireFindingResponse } from '../../dossiers/dossier.mapper';
import type { QuestionnaireFinding } from '../../lifecycle/dossier.schema';
import { DocumentContexts } from '../../evidence/document-contexts';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { FindingNumbers } from '../../lifecycle/finding-numbers';
import { SchemeService } from '../../schemes/scheme.service';

/**
 * The analyst raises a finding ("écart") on one answer of a submitted questionnaire
 * (docs/domain/organisation-certification.md#questionnaire-findings), numbered in the dossier's one finding
 * numbering, shared with the audits' non-conformities (finding-numbers.ts).
 */
@Injectable()
export class RaiseQuestionnaireFinding {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly schemes: SchemeService,
    private readonly numbers: FindingNumbers,
    private readonly contexts: DocumentContexts,
  ) {}

  readonly execute: RpcHandler<'dossier.questionnaire-findings.raise'> = async (principal, request) => {
    // Taken once the table and the question let it through, and kept across retries of the write.
    let number: string | undefined;
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
          number: (number ??= await this.numbers.next({ cbId: current.cbId, dossierId: current._id })),
          questionId: request.questionId,
          description: request.description,
          status: 'open',
          raisedAt: now,
          raisedBy: principal.userId,
        };
        return {
          raised,
          $push: { questionnaireFindings: raised },
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
  };
}
