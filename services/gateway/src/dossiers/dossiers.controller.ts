import { Controller, Get, Post, Put } from '@nestjs/common';
import type { RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';

/** The certification lifecycle of organisations' dossiers; every read and change is tenant-scoped by the dossier service. */
@Controller('api/v1/dossiers')
export class DossiersController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Endpoint({
    rpc: 'dossier.dossiers.create',
    tag: 'dossiers',
    status: 201,
    roles: ['org_admin'],
    summary: 'Open a dossier: scheme, level and certification body',
  })
  create(
    @Input() input: EndpointInput<'dossier.dossiers.create'>,
  ): Promise<RpcResponse<'dossier.dossiers.create'>> {
    return forward(this.rpc, 'dossier.dossiers.create', input);
  }

  @Get()
  @Endpoint({
    rpc: 'dossier.dossiers.search',
    tag: 'dossiers',
    summary: 'Dossiers of the caller’s scope by status, scheme, CB, organisation or reference',
  })
  search(
    @Input() input: EndpointInput<'dossier.dossiers.search'>,
  ): Promise<RpcResponse<'dossier.dossiers.search'>> {
    return forward(this.rpc, 'dossier.dossiers.search', input);
  }

  @Get(':dossierId')
  @Endpoint({ rpc: 'dossier.dossiers.get', tag: 'dossiers', summary: 'One dossier' })
  get(@Input() input: EndpointInput<'dossier.dossiers.get'>): Promise<RpcResponse<'dossier.dossiers.get'>> {
    return forward(this.rpc, 'dossier.dossiers.get', input);
  }

  @Get(':dossierId/trail')
  @Endpoint({
    rpc: 'dossier.dossiers.trail',
    tag: 'dossiers',
    summary: 'The audit trail of a dossier (who, when, what, before/after), newest first',
  })
  trail(
    @Input() input: EndpointInput<'dossier.dossiers.trail'>,
  ): Promise<RpcResponse<'dossier.dossiers.trail'>> {
    return forward(this.rpc, 'dossier.dossiers.trail', input);
  }

  @Put(':dossierId/analyst')
  @Endpoint({
    rpc: 'dossier.dossiers.assign',
    tag: 'dossiers',
    roles: ['cb_admin'],
    summary: 'Assign the dossier to an analyst of the CB',
  })
  assign(
    @Input() input: EndpointInput<'dossier.dossiers.assign'>,
  ): Promise<RpcResponse<'dossier.dossiers.assign'>> {
    return forward(this.rpc, 'dossier.dossiers.assign', input);
  }

  @Post(':dossierId/abandon')
  @Endpoint({
    rpc: 'dossier.dossiers.abandon',
    tag: 'dossiers',
    roles: ['org_admin'],
    summary: 'Abandon the application (before the contract)',
  })
  abandon(
    @Input() input: EndpointInput<'dossier.dossiers.abandon'>,
  ): Promise<RpcResponse<'dossier.dossiers.abandon'>> {
    return forward(this.rpc, 'dossier.dossiers.abandon', input);
  }

  @Get(':dossierId/questionnaire')
  @Endpoint({
    rpc: 'dossier.questionnaire.get',
    tag: 'dossiers',
    summary: 'The questionnaire answers and revision',
  })
  questionnaire(
    @Input() input: EndpointInput<'dossier.questionnaire.get'>,
  ): Promise<RpcResponse<'dossier.questionnaire.get'>> {
    return forward(this.rpc, 'dossier.questionnaire.get', input);
  }

  @Put(':dossierId/questionnaire')
  @Endpoint({
    rpc: 'dossier.questionnaire.save',
    tag: 'dossiers',
    roles: ['org_admin', 'org_member'],
    summary: 'Save a draft of the questionnaire (409 when another save came first)',
  })
  save(
    @Input() input: EndpointInput<'dossier.questionnaire.save'>,
  ): Promise<RpcResponse<'dossier.questionnaire.save'>> {
    return forward(this.rpc, 'dossier.questionnaire.save', input);
  }

  @Post(':dossierId/questionnaire/submit')
  @Endpoint({
    rpc: 'dossier.questionnaire.submit',
    tag: 'dossiers',
    roles: ['org_admin', 'org_member'],
    summary: 'Submit the questionnaire (422 lists every missing required question)',
  })
  submit(
    @Input() input: EndpointInput<'dossier.questionnaire.submit'>,
  ): Promise<RpcResponse<'dossier.questionnaire.submit'>> {
    return forward(this.rpc, 'dossier.questionnaire.submit', input);
  }

  @Post(':dossierId/questionnaire/resubmit')
  @Endpoint({
    rpc: 'dossier.questionnaire.resubmit',
    tag: 'dossiers',
    roles: ['org_admin', 'org_member'],
    summary: 'Send the corrected questionnaire back to the CB',
  })
  resubmit(
    @Input() input: EndpointInput<'dossier.questionnaire.resubmit'>,
  ): Promise<RpcResponse<'dossier.questionnaire.resubmit'>> {
    return forward(this.rpc, 'dossier.questionnaire.resubmit', input);
  }

  @Get(':dossierId/questionnaire/findings')
  @Endpoint({
    rpc: 'dossier.questionnaire-findings.list',
    tag: 'dossiers',
    summary: 'Findings on questionnaire answers',
  })
  findings(
    @Input() input: EndpointInput<'dossier.questionnaire-findings.list'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.list'>> {
    return forward(this.rpc, 'dossier.questionnaire-findings.list', input);
  }

  @Post(':dossierId/questionnaire/findings')
  @Endpoint({
    rpc: 'dossier.questionnaire-findings.raise',
    tag: 'dossiers',
    status: 201,
    roles: ['analyst'],
    summary: 'Raise a finding on a questionnaire answer',
  })
  raiseFinding(
    @Input() input: EndpointInput<'dossier.questionnaire-findings.raise'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.raise'>> {
    return forward(this.rpc, 'dossier.questionnaire-findings.raise', input);
  }

  @Post(':dossierId/questionnaire/findings/:findingId/answer')
  @Endpoint({
    rpc: 'dossier.questionnaire-findings.answer',
    tag: 'dossiers',
    roles: ['org_admin', 'org_member'],
    summary: 'Answer a questionnaire finding',
  })
  answerFinding(
    @Input() input: EndpointInput<'dossier.questionnaire-findings.answer'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.answer'>> {
    return forward(this.rpc, 'dossier.questionnaire-findings.answer', input);
  }

  @Post(':dossierId/questionnaire/findings/:findingId/close')
  @Endpoint({
    rpc: 'dossier.questionnaire-findings.close',
    tag: 'dossiers',
    roles: ['analyst'],
    summary: 'Close a corrected questionnaire finding',
  })
  closeFinding(
    @Input() input: EndpointInput<'dossier.questionnaire-findings.close'>,
  ): Promise<RpcResponse<'dossier.questionnaire-findings.close'>> {
    return forward(this.rpc, 'dossier.questionnaire-findings.close', input);
  }

  @Post(':dossierId/admissibility')
  @Endpoint({
    rpc: 'dossier.admissibility.declare',
    tag: 'dossiers',
    roles: ['analyst'],
    summary: 'Declare the questionnaire admissible',
  })
  admissible(
    @Input() input: EndpointInput<'dossier.admissibility.declare'>,
  ): Promise<RpcResponse<'dossier.admissibility.declare'>> {
    return forward(this.rpc, 'dossier.admissibility.declare', input);
  }

  @Post(':dossierId/refusal')
  @Endpoint({
    rpc: 'dossier.admissibility.refuse',
    tag: 'dossiers',
    roles: ['analyst'],
    summary: 'Refuse the application',
  })
  refuse(
    @Input() input: EndpointInput<'dossier.admissibility.refuse'>,
  ): Promise<RpcResponse<'dossier.admissibility.refuse'>> {
    return forward(this.rpc, 'dossier.admissibility.refuse', input);
  }

  @Put(':dossierId/contract')
  @Endpoint({
    rpc: 'dossier.contracts.record',
    tag: 'dossiers',
    roles: ['cb_admin', 'analyst'],
    summary: 'Record the signed contract',
  })
  contract(
    @Input() input: EndpointInput<'dossier.contracts.record'>,
  ): Promise<RpcResponse<'dossier.contracts.record'>> {
    return forward(this.rpc, 'dossier.contracts.record', input);
  }

  @Post(':dossierId/decisions')
  @Endpoint({
    rpc: 'dossier.decisions.record',
    tag: 'dossiers',
    status: 201,
    roles: ['decision_maker'],
    summary: 'Record a decision (never by an auditor of the dossier)',
  })
  decide(
    @Input() input: EndpointInput<'dossier.decisions.record'>,
  ): Promise<RpcResponse<'dossier.decisions.record'>> {
    return forward(this.rpc, 'dossier.decisions.record', input);
  }

  @Get(':dossierId/decisions')
  @Endpoint({ rpc: 'dossier.decisions.list', tag: 'dossiers', summary: 'Decisions taken on the dossier' })
  decisions(
    @Input() input: EndpointInput<'dossier.decisions.list'>,
  ): Promise<RpcResponse<'dossier.decisions.list'>> {
    return forward(this.rpc, 'dossier.decisions.list', input);
  }

  @Post(':dossierId/certificate/suspension')
  @Endpoint({
    rpc: 'dossier.certificates.suspend',
    tag: 'dossiers',
    roles: ['decision_maker'],
    summary: 'Suspend the certificate',
  })
  suspend(
    @Input() input: EndpointInput<'dossier.certificates.suspend'>,
  ): Promise<RpcResponse<'dossier.certificates.suspend'>> {
    return forward(this.rpc, 'dossier.certificates.suspend', input);
  }

  @Post(':dossierId/certificate/reinstatement')
  @Endpoint({
    rpc: 'dossier.certificates.reinstate',
    tag: 'dossiers',
    roles: ['decision_maker'],
    summary: 'Reinstate a suspended certificate',
  })
  reinstate(
    @Input() input: EndpointInput<'dossier.certificates.reinstate'>,
  ): Promise<RpcResponse<'dossier.certificates.reinstate'>> {
    return forward(this.rpc, 'dossier.certificates.reinstate', input);
  }

  @Post(':dossierId/certificate/withdrawal')
  @Endpoint({
    rpc: 'dossier.certificates.withdraw',
    tag: 'dossiers',
    roles: ['decision_maker'],
    summary: 'Withdraw the certificate',
  })
  withdraw(
    @Input() input: EndpointInput<'dossier.certificates.withdraw'>,
  ): Promise<RpcResponse<'dossier.certificates.withdraw'>> {
    return forward(this.rpc, 'dossier.certificates.withdraw', input);
  }

  @Post(':dossierId/renewal')
  @Endpoint({
    rpc: 'dossier.renewals.open',
    tag: 'dossiers',
    roles: ['org_admin'],
    summary: 'Open the renewal (another cbId: an initial audit with that CB)',
  })
  renew(
    @Input() input: EndpointInput<'dossier.renewals.open'>,
  ): Promise<RpcResponse<'dossier.renewals.open'>> {
    return forward(this.rpc, 'dossier.renewals.open', input);
  }

  @Post(':dossierId/scope-changes')
  @Endpoint({
    rpc: 'dossier.scope-changes.request',
    tag: 'dossiers',
    roles: ['org_admin'],
    summary: 'Declare a change of scope of a certified dossier',
  })
  requestScopeChange(
    @Input() input: EndpointInput<'dossier.scope-changes.request'>,
  ): Promise<RpcResponse<'dossier.scope-changes.request'>> {
    return forward(this.rpc, 'dossier.scope-changes.request', input);
  }

  @Post(':dossierId/scope-changes/decision')
  @Endpoint({
    rpc: 'dossier.scope-changes.decide',
    tag: 'dossiers',
    roles: ['analyst'],
    summary: 'Decide what a declared change of scope takes',
  })
  decideScopeChange(
    @Input() input: EndpointInput<'dossier.scope-changes.decide'>,
  ): Promise<RpcResponse<'dossier.scope-changes.decide'>> {
    return forward(this.rpc, 'dossier.scope-changes.decide', input);
  }
}
