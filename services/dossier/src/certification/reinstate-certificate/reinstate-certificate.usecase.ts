import { Injectable } from '@nestjs/common';
import { toDossierResponse } from '../../dossiers/dossier.mapper';
import { ChangeCertificateStatus } from '../change-certificate-status';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class ReinstateCertificate {
  constructor(private readonly change: ChangeCertificateStatus) {}

  readonly execute: RpcHandler<'dossier.certificates.reinstate'> = async (principal, request) => {
    return toDossierResponse(
      await this.change.apply(principal, request.dossierId, 'reinstate', request.reason),
    );
  };
}
