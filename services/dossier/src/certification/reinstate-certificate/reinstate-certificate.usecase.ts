import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { toDossierResponse } from '../../dossiers/dossier.mapper';
import { ChangeCertificateStatus } from '../change-certificate-status';

@Injectable()
export class ReinstateCertificate {
  constructor(private readonly change: ChangeCertificateStatus) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.certificates.reinstate'>,
  ): Promise<RpcResponse<'dossier.certificates.reinstate'>> {
    return toDossierResponse(
      await this.change.apply(principal, request.dossierId, 'reinstate', request.reason),
    );
  }
}
