import { Injectable } from '@nestjs/common';
import type { Answers } from '@certhub/contracts';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { type RpcHandler } from '@certhub/platform';

/** The questionnaire of one dossier with its answers, for the applicant and its CB (and exports). */
@Injectable()
export class GetQuestionnaire {
  constructor(private readonly dossiers: DossierRepository) {}

  readonly execute: RpcHandler<'dossier.questionnaire.get'> = async (principal, request) => {
    const d = await this.dossiers.getVisible(principal, request.dossierId);
    return {
      dossierId: d._id,
      reference: d.reference,
      organisationId: d.organisationId,
      schemeId: d.schemeId,
      schemeVersion: d.schemeVersion,
      status: d.status,
      revision: d.questionnaire.revision,
      answers: d.questionnaire.answers as Answers,
    };
  };
}
