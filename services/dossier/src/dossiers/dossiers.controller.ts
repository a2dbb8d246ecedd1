import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { AbandonDossier } from './abandon-dossier/abandon-dossier.usecase';
import { AssignDossier } from './assign-dossier/assign-dossier.usecase';
import { CreateDossier } from './create-dossier/create-dossier.usecase';
import { DeclareAdmissible } from './declare-admissible/declare-admissible.usecase';
import { requirePrincipal } from './dossier-access';
import { GetDossier } from './get-dossier/get-dossier.usecase';
import { GetQuestionnaire } from './get-questionnaire/get-questionnaire.usecase';
import { RecordContract } from './record-contract/record-contract.usecase';
import { RefuseAdmissibility } from './refuse-admissibility/refuse-admissibility.usecase';
import { SaveQuestionnaire } from './save-questionnaire/save-questionnaire.usecase';
import { SearchDossiers } from './search-dossiers/search-dossiers.usecase';
import { SubmitQuestionnaire } from './submit-questionnaire/submit-questionnaire.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class DossiersController {
  constructor(
    private readonly createDossier: CreateDossier,
    private readonly getDossier: GetDossier,
    private readonly searchDossiers: SearchDossiers,
    private readonly assignDossier: AssignDossier,
    private readonly abandonDossier: AbandonDossier,
    private readonly getQuestionnaire: GetQuestionnaire,
    private readonly saveQuestionnaire: SaveQuestionnaire,
    private readonly submitQuestionnaire: SubmitQuestionnaire,
    private readonly declareAdmissible: DeclareAdmissible,
    private readonly refuseAdmissibility: RefuseAdmissibility,
    private readonly recordContract: RecordContract,
  ) {}

  @MessagePattern('dossier.dossiers.create')
  create(
    @Payload() request: RpcPayload<'dossier.dossiers.create'>,
  ): Promise<RpcResponse<'dossier.dossiers.create'>> {
    return this.createDossier.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.dossiers.get')
  get(@Payload() request: RpcPayload<'dossier.dossiers.get'>): Promise<RpcResponse<'dossier.dossiers.get'>> {
    return this.getDossier.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.dossiers.search')
  search(
    @Payload() request: RpcPayload<'dossier.dossiers.search'>,
  ): Promise<RpcResponse<'dossier.dossiers.search'>> {
    return this.searchDossiers.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.dossiers.assign')
  assign(
    @Payload() request: RpcPayload<'dossier.dossiers.assign'>,
  ): Promise<RpcResponse<'dossier.dossiers.assign'>> {
    return this.assignDossier.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.dossiers.abandon')
  abandon(
    @Payload() request: RpcPayload<'dossier.dossiers.abandon'>,
  ): Promise<RpcResponse<'dossier.dossiers.abandon'>> {
    return this.abandonDossier.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.questionnaire.get')
  questionnaire(
    @Payload() request: RpcPayload<'dossier.questionnaire.get'>,
  ): Promise<RpcResponse<'dossier.questionnaire.get'>> {
    return this.getQuestionnaire.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.questionnaire.save')
  save(
    @Payload() request: RpcPayload<'dossier.questionnaire.save'>,
  ): Promise<RpcResponse<'dossier.questionnaire.save'>> {
    return this.saveQuestionnaire.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.questionnaire.submit')
  submit(
    @Payload() request: RpcPayload<'dossier.questionnaire.submit'>,
  ): Promise<RpcResponse<'dossier.questionnaire.submit'>> {
    return this.submitQuestionnaire.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.admissibility.declare')
  admissible(
    @Payload() request: RpcPayload<'dossier.admissibility.declare'>,
  ): Promise<RpcResponse<'dossier.admissibility.declare'>> {
    return this.declareAdmissible.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.admissibility.refuse')
  refuse(
    @Payload() request: RpcPayload<'dossier.admissibility.refuse'>,
  ): Promise<RpcResponse<'dossier.admissibility.refuse'>> {
    return this.refuseAdmissibility.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.contracts.record')
  contract(
    @Payload() request: RpcPayload<'dossier.contracts.record'>,
  ): Promise<RpcResponse<'dossier.contracts.record'>> {
    return this.recordContract.execute(requirePrincipal(), request);
  }
}
