import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CertificateLayoutsRepository } from '../certificate-layouts.repository';

/**
 * A CB's administrator sets the logo and the signatory its certificates print. PDFs already
 * printed keep what they say (they are signed); the next ones carry the new layout.
 */
@Injectable()
export class SetCertificateLayout {
  constructor(private readonly layouts: CertificateLayoutsRepository) {}

  readonly execute: RpcHandler<'certificate.layout.put'> = async (principal, layout) => {
    if (principal.tenantType !== 'cb') throw DomainError.forbidden('a certificate layout is a CB’s');
    await this.layouts.set(principal.tenantId, layout, principal.userId);
    return layout;
  };
}
