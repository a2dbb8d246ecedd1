import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../dossiers/dossier-access';
import { DecideScopeChange } from './decide-scope-change/decide-scope-change.usecase';
import { OpenRenewal } from './open-renewal/open-renewal.usecase';
import { ReinstateCertificate } from './reinstate-certificate/reinstate-certificate.usecase';
import { RequestScopeChange } from './request-scope-change/request-scope-change.usecase';
import { SuspendCertificate } from './suspend-certificate/suspend-certificate.usecase';
import { WithdrawCertificate } from './withdraw-certificate/withdraw-certificate.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class CertificationController {
  constructor(
    private readonly suspendCertificate: SuspendCertificate,
    private readonly reinstateCertificate: ReinstateCertificate,
    private readonly withdrawCertificate: WithdrawCertificate,
    private readonly openRenewalUseCase: OpenRenewal,
    private readonly requestScopeChangeUseCase: RequestScopeChange,
    private readonly decideScopeChangeUseCase: DecideScopeChange,
  ) {}

  @MessagePattern('dossier.certificates.suspend')
  suspend(
    @Payload() request: RpcPayload<'dossier.certificates.suspend'>,
  ): Promise<RpcResponse<'dossier.certificates.suspend'>> {
    return this.suspendCertificate.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.certificates.reinstate')
  reinstate(
    @Payload() request: RpcPayload<'dossier.certificates.reinstate'>,
  ): Promise<RpcResponse<'dossier.certificates.reinstate'>> {
    return this.reinstateCertificate.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.certificates.withdraw')
  withdraw(
    @Payload() request: RpcPayload<'dossier.certificates.withdraw'>,
  ): Promise<RpcResponse<'dossier.certificates.withdraw'>> {
    return this.withdrawCertificate.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.renewals.open')
  openRenewal(
    @Payload() request: RpcPayload<'dossier.renewals.open'>,
  ): Promise<RpcResponse<'dossier.renewals.open'>> {
    return this.openRenewalUseCase.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.scope-changes.request')
  requestScopeChange(
    @Payload() request: RpcPayload<'dossier.scope-changes.request'>,
  ): Promise<RpcResponse<'dossier.scope-changes.request'>> {
    return this.requestScopeChangeUseCase.execute(requirePrincipal(), request);
  }

  @MessagePattern('dossier.scope-changes.decide')
  decideScopeChange(
    @Payload() request: RpcPayload<'dossier.scope-changes.decide'>,
  ): Promise<RpcResponse<'dossier.scope-changes.decide'>> {
    return this.decideScopeChangeUseCase.execute(requirePrincipal(), request);
  }
}
