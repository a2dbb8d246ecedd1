import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { dossierNotFound } from '../../lifecycle/dossier-access';
import { toQuestionnaireFindingResponse } from '../../dossiers/dossier.mapper';
import { DossierRepository } from '../../lifecycle/dossier.repository';

@Injectable()
export class ListQuestionnaireFindings {
  constructor(private readonly dossiers: DossierRepository) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.questionnaire-findings.list'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.list'>> {
    const d = await this.dossiers.findVisible(principal, request.dossierId);
    if (!d) throw dossierNotFound(request.dossierId);
    return { items: (d.questionnaireFindings ?? []).map(toQuestionnaireFindingResponse) };
  }
}
