import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { toQuestionnaireFindingResponse } from '../../dossiers/dossier.mapper';
import type { QuestionnaireFinding } from '../../lifecycle/dossier.schema';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';

/** The analyst accepts a corrected finding; admissibility needs every finding closed. */
@Injectable()
export class CloseQuestionnaireFinding {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  readonly execute: RpcHandler<'dossier.questionnaire-findings.close'> = async (principal, request) => {
    const { change } = await this.lifecycle.apply(
      principal,
      request.dossierId,
      'close_questionnaire_finding',
      (current, now) => {
        const finding = current.questionnaireFindings.find((f) => f.id === request.findingId);
        if (!finding) throw DomainError.notFound(`finding ${request.findingId}`);
        if (finding.status !== 'corrected')
          throw DomainError.conflict(
            `finding ${finding.number} is ${finding.status}: only a corrected finding is closed`,
            { currentStatus: finding.status },
          );
        const closed: QuestionnaireFinding = {
          ...finding,
          status: 'closed',
          closedAt: now,
          closedBy: principal.userId,
        };
        return {
          closed,
          $set: {
            questionnaireFindings: current.questionnaireFindings.map((f) =>
              f.id === finding.id ? closed : f,
            ),
          },
          what: `finding ${finding.number} closed`,
          before: { status: finding.status },
          after: { status: 'closed' },
        };
      },
    );
    return toQuestionnaireFindingResponse(change.closed);
  };
}
