import { Injectable } from '@nestjs/common';
import { toQuestionnaireFindingResponse } from '../../dossiers/dossier.mapper';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class ListQuestionnaireFindings {
  constructor(private readonly dossiers: DossierRepository) {}

  readonly execute: RpcHandler<'dossier.questionnaire-findings.list'> = async (principal, request) => {
    const d = await this.dossiers.getVisible(principal, request.dossierId);
    return { items: (d.questionnaireFindings ?? []).map(toQuestionnaireFindingResponse) };
  };
}
