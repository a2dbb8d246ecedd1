import { Injectable } from '@nestjs/common';
import { dossierNotFound } from '../../lifecycle/dossier-access';
import { toQuestionnaireFindingResponse } from '../../dossiers/dossier.mapper';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class ListQuestionnaireFindings {
  constructor(private readonly dossiers: DossierRepository) {}

  readonly execute: RpcHandler<'dossier.questionnaire-findings.list'> = async (principal, request) => {
    const d = await this.dossiers.findVisible(principal, request.dossierId);
    if (!d) throw dossierNotFound(request.dossierId);
    return { items: (d.questionnaireFindings ?? []).map(toQuestionnaireFindingResponse) };
  };
}
