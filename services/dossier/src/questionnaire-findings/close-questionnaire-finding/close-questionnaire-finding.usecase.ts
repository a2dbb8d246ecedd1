import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { toQuestionnaireFindingResponse } from '../../dossiers/dossier.mapper';
import type { QuestionnaireFinding } from '../../dossiers/dossier.schema';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle.service';
import { retryOnStale } from '../../lifecycle/retry-on-stale';

/** The analyst accepts a corrected finding; admissibility needs every finding closed. */
@Injectable()
export class CloseQuestionnaireFinding {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.questionnaire-findings.close'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.close'>> {
    const closed = await retryOnStale(async () => {
      const current = await this.lifecycle.loadFor(
        principal,
        request.dossierId,
        'close_questionnaire_finding',
      );
      const finding = current.questionnaireFindings.find((f) => f.id === request.findingId);
      if (!finding) throw DomainError.notFound(`finding ${request.findingId}`);
      if (finding.status !== 'corrected')
        throw DomainError.conflict(
          `finding ${finding.number} is ${finding.status}: only a corrected finding is closed`,
          {
            currentStatus: finding.status,
          },
        );
      const updated: QuestionnaireFinding = {
        ...finding,
        status: 'closed',
        closedAt: new Date(),
        closedBy: principal.userId,
      };
      await this.lifecycle.apply({
        dossierId: current._id,
        action: 'close_questionnaire_finding',
        principal,
        expectedVersion: current.version,
        update: {
          $set: {
            questionnaireFindings: current.questionnaireFindings.map((f) =>
              f.id === finding.id ? updated : f,
            ),
          },
        },
        trail: {
          what: `finding ${finding.number} closed`,
          before: { status: finding.status },
          after: { status: 'closed' },
        },
      });
      return updated;
    });
    return toQuestionnaireFindingResponse(closed);
  }
}
