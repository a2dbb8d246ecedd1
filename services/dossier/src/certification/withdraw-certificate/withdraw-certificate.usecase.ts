import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { toDossierResponse } from '../../dossiers/dossier.mapper';
import { ChangeCertificateStatus } from '../change-certificate-status';

@Injectable()
export class WithdrawCertificate {
  constructor(private readonly change: ChangeCertificateStatus) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.certificates.withdraw'>,
  ): Promise<RpcResponse<'dossier.certificates.withdraw'>> {
    return toDossierResponse(
      await this.change.apply(principal, request.dossierId, 'withdraw', request.reason),
    );
  }
}
