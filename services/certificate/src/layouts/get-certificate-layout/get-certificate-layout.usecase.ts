import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CertificateLayoutsRepository } from '../certificate-layouts.repository';

/** A CB's administrators see what its certificates print; nothing set yet is an empty layout. */
@Injectable()
export class GetCertificateLayout {
  constructor(private readonly layouts: CertificateLayoutsRepository) {}

  readonly execute: RpcHandler<'certificate.layout.get'> = async (principal) => {
    if (principal.tenantType !== 'cb') throw DomainError.forbidden('a certificate layout is a CB’s');
    return (await this.layouts.get(principal.tenantId)) ?? {};
  };
}
